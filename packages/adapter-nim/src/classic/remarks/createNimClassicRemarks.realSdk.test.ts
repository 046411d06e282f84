import { afterEach, describe, expect, it } from 'vitest'
import type { RemarkSource } from '@profile-kit/core/vanilla'
import { createNimClassicAdapter } from '../createNimClassicAdapter'
import { createNimClassicEvents } from '../createNimClassicEvents'
import { startNimClassicOnFakeWire, type FakeNimClassicServer } from '../testing/startNimClassicOnFakeWire'
import {
  expectRemoteFriendChanges,
  expectStrangerRefused,
  nextRemarkChanges,
} from '../../testing/expectRemoteFriendChanges'

// Aliases over the REAL classic @yxim/nim-web-sdk: the friend list comes from getFriends (12_4; in
// an app, from the login sync's onfriends when the adapter exists by then), updateFriend goes on the wire as 12_3, and the server's
// syncUpdateFriend / syncDeleteFriend pushes become onsyncfriendaction. Only the socket is fake.

let running: { destroy(): Promise<void> } | undefined
afterEach(async () => {
  await running?.destroy()
  running = undefined
})

async function start(): Promise<{ server: FakeNimClassicServer; remarks: RemarkSource }> {
  const events = createNimClassicEvents()
  const started = await startNimClassicOnFakeWire({
    account: 'me',
    users: ['me', 'ada', 'grace', 'linus'].map((account) => ({ account, nick: account.toUpperCase() })),
    friends: { ada: 'Countess', grace: '' },
    callbacks: events.callbacks,
  })
  running = started
  const adapter = createNimClassicAdapter(started.nim, { events })
  return { server: started.server, remarks: adapter.remarks! }
}

describe('classic NetEase aliases over the real SDK', () => {
  it('reads friends’ aliases with one getFriends request and leaves strangers out', async () => {
    // The harness logs in before the adapter exists, so the sync's onfriends came too early for it.
    const { remarks, server } = await start()
    expect(await remarks.getRemarks(['ada', 'grace', 'linus'])).toEqual([
      { userID: 'ada', remark: 'Countess' },
      { userID: 'grace', remark: '' },
    ])
    expect(await remarks.getRemarks(['ada'])).toEqual([{ userID: 'ada', remark: 'Countess' }])
    expect(server.requests.filter((request) => request.command === '12_4')).toHaveLength(1)
  })

  it('sets an alias with updateFriend and reports it', async () => {
    const { remarks, server } = await start()
    const heard = nextRemarkChanges(remarks)
    await remarks.setRemark!('grace', 'Admiral')
    expect(server.friends.get('grace')).toBe('Admiral')
    expect(await heard).toEqual([{ userID: 'grace', remark: 'Admiral' }])
    expect(await remarks.getRemarks(['grace'])).toEqual([{ userID: 'grace', remark: 'Admiral' }])
  })

  it('refuses an alias for a stranger before any I/O', async () => {
    const { remarks, server } = await start()
    await remarks.getRemarks(['ada'])
    const sent = server.requests.length
    await expectStrangerRefused(remarks)
    expect(server.requests.length).toBe(sent)
  })

  it('reports an alias set on another device, and a friend deleted there as null', async () => {
    const { remarks, server } = await start()
    await expectRemoteFriendChanges(remarks, server)
  })
})
