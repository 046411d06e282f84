import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createNimAdapter } from '../createNimAdapter'
import { createNimFakeServer } from '../testing/createNimFakeServer'
import { loadNimSdk, type NimSdk } from '../testing/loadNimSdk'
import {
  expectRemoteFriendChanges,
  expectStrangerRefused,
  nextRemarkChanges,
} from '../testing/expectRemoteFriendChanges'

// Aliases over the REAL nim-web-sdk-ng 10.8.1 V2 friend service: the friend list arrives in the
// server's login-time sync push, setFriendInfo sends v2SetFriendInfo, and the server's
// v2OnUpdateFriendInfo / v2OnDeleteFriend pushes become the SDK's events. Only sendCmd is stubbed.

let sdk: NimSdk
beforeAll(async () => {
  sdk = await loadNimSdk()
})
afterAll(() => sdk.restore())

async function setup() {
  const server = createNimFakeServer(sdk, {
    users: ['me', 'ada', 'grace', 'linus'].map((accountId) => ({ accountId, name: accountId.toUpperCase() })),
    friends: [{ accountId: 'ada', alias: 'Countess' }, { accountId: 'grace' }],
  })
  await server.login('me')
  const adapter = createNimAdapter(server.nim)
  return { server, adapter, remarks: adapter.remarks! }
}

describe('NetEase V2 aliases over the real SDK', () => {
  it('reads friends’ aliases from the synced friend list and leaves strangers out', async () => {
    const { remarks } = await setup()
    const answer = await remarks.getRemarks(['ada', 'grace', 'linus'])
    expect(answer).toEqual(
      expect.arrayContaining([
        { userID: 'ada', remark: 'Countess' },
        { userID: 'grace', remark: '' },
      ]),
    )
    expect(answer).toHaveLength(2)
    expect(remarks.maxLength).toBe(128)
  })

  it('sets an alias with v2SetFriendInfo and hears its own change', async () => {
    const { server, remarks } = await setup()
    const heard = nextRemarkChanges(remarks)
    await remarks.setRemark!('grace', 'Admiral')
    expect(server.alias('grace')).toBe('Admiral')
    expect(server.requests.at(-1)).toMatchObject({
      cmd: 'v2SetFriendInfo',
      params: { tag: { accountId: 'grace', alias: 'Admiral' } },
    })
    expect(await heard).toEqual([{ userID: 'grace', remark: 'Admiral' }])
    expect(await remarks.getRemarks(['grace'])).toEqual([{ userID: 'grace', remark: 'Admiral' }])
  })

  it('reports the server’s refusal for a stranger (104404) as permission_denied', async () => {
    const { remarks, server } = await setup()
    await expectStrangerRefused(remarks)
    expect(server.requests.at(-1)).toMatchObject({
      cmd: 'v2SetFriendInfo',
      params: { tag: { accountId: 'linus' } },
    })
  })

  it('reports an alias set on another device, and a friend deleted there as null', async () => {
    const { server, remarks } = await setup()
    await expectRemoteFriendChanges(remarks, server)
  })
})
