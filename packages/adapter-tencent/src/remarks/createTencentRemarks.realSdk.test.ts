import { afterEach, describe, expect, it } from 'vitest'
import type { RemarkChange } from '@profile-kit/core/vanilla'
import {
  startTencentAdapterOverRealSdk,
  type AdapterOverRealSdk,
} from '../testing/startTencentAdapterOverRealSdk'

// Remarks over the REAL @tencentcloud/chat 3.6.6 (its relationship module loads the friend list at
// login, answers getFriendProfile from that cache, sends friend_update, turns friendListMod pushes
// into FRIEND_LIST_UPDATED); only the wire is stubbed.

let running: AdapterOverRealSdk | undefined

async function start(): Promise<AdapterOverRealSdk> {
  running = await startTencentAdapterOverRealSdk({
    users: [
      { userID: 'me', nick: 'Me' },
      { userID: 'ada', nick: 'Ada' },
      { userID: 'grace', nick: 'Grace' },
      { userID: 'linus', nick: 'Linus' },
    ],
    friends: ['ada', 'grace'],
    remarks: { ada: 'Countess' },
  })
  return running
}

afterEach(async () => {
  await running?.dispose()
  running = undefined
})

/** Resolves with the first batch of remark changes the adapter reports. */
function nextChanges(running: AdapterOverRealSdk): Promise<RemarkChange[]> {
  return new Promise((resolve) => {
    const stop = running.adapter.remarks!.subscribe!((changes) => {
      stop()
      resolve(changes)
    })
  })
}

describe('Tencent remarks over the real SDK', () => {
  it('reads friends’ remarks from the friend list and leaves strangers out', async () => {
    const { adapter } = await start()
    const remarks = await adapter.remarks!.getRemarks(['ada', 'grace', 'linus'])
    expect(remarks).toEqual(
      expect.arrayContaining([
        { userID: 'ada', remark: 'Countess' },
        { userID: 'grace', remark: '' },
      ]),
    )
    expect(remarks).toHaveLength(2)
  })

  it('sets a remark with friend_update, as the server stores it', async () => {
    const { adapter, server } = await start()
    await adapter.remarks!.setRemark!('grace', 'Admiral')
    expect(server.storedRemark('grace')).toBe('Admiral')
    expect(server.requests.at(-1)).toEqual({ P: 'friend_update', userIDs: ['grace'] })
    expect(await adapter.remarks!.getRemarks(['grace'])).toEqual([{ userID: 'grace', remark: 'Admiral' }])
  })

  it('refuses a remark for a stranger as permission_denied, sending nothing', async () => {
    const { adapter, server } = await start()
    const before = server.requests.length
    await expect(adapter.remarks!.setRemark!('linus', 'Penguin')).rejects.toMatchObject({
      code: 'permission_denied',
      vendorCode: 2700,
    })
    expect(server.requests.length).toBe(before)
  })

  it('reports a remark set on another device, and a friend deleted there as null', async () => {
    const running = await start()
    await running.adapter.remarks!.getRemarks(['ada', 'grace'])
    const renamed = nextChanges(running)
    running.server.setRemarkElsewhere('ada', 'Lady Lovelace')
    expect(await renamed).toEqual([{ userID: 'ada', remark: 'Lady Lovelace' }])
    const removed = nextChanges(running)
    running.server.removeFriendElsewhere('grace')
    expect(await removed).toEqual([{ userID: 'grace', remark: null }])
  })
})
