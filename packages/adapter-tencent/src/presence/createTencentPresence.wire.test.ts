import type { ChatSDK } from '@tencentcloud/chat'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createPresenceManager, type PresenceChange, type PresenceSource } from '@profile-kit/core/vanilla'
import { createTencentChatAdapter } from '../createTencentChatAdapter'
import { createTencentChatDouble } from '../testing/createTencentChatDouble'
import {
  startTencentAdapterOverRealSdk,
  type AdapterOverRealSdk,
  type AdapterOverRealSdkOptions,
} from '../testing/startTencentAdapterOverRealSdk'

// Presence over the REAL @tencentcloud/chat 3.6.6: only the wire is stubbed, so the SDK's own
// feature check, validation, base64 decoding and push dispatch decide what the adapter sees.

const USERS: AdapterOverRealSdkOptions['users'] = [{ userID: 'me' }, { userID: 'ada' }, { userID: 'grace' }]
let running: AdapterOverRealSdk | undefined

async function start(options: Partial<AdapterOverRealSdkOptions> = {}): Promise<PresenceSource> {
  running = await startTencentAdapterOverRealSdk({ users: USERS, ...options })
  if (!running.adapter.presence) throw new Error('the adapter over the real SDK has no presence')
  return running.adapter.presence
}

afterEach(async () => {
  await running?.dispose()
  running = undefined
})

/** Records when each user status call reaches the SDK. */
function recordStatusCalls(chat: ChatSDK): number[] {
  const times: number[] = []
  for (const name of ['subscribeUserStatus', 'getUserStatus', 'unsubscribeUserStatus'] as const) {
    const original = chat[name].bind(chat) as (options: unknown) => ReturnType<ChatSDK[typeof name]>
    vi.spyOn(chat, name).mockImplementation(((options: unknown) => {
      times.push(Date.now())
      return original(options)
    }) as ChatSDK[typeof name])
  }
  return times
}

const profileError = (code: string, vendorCode: number) =>
  expect.objectContaining({ name: 'ProfileError', code, vendorCode })

describe('subscribing', () => {
  it('subscribes, then answers the status now, custom status decoded', async () => {
    const presence = await start()
    running!.server.status.setStatus('ada', 1, '在开会 ☕')
    running!.server.status.setStatus('grace', 2)
    const statuses = await presence.subscribe(['ada', 'grace'])
    expect(statuses).toEqual([
      { userID: 'ada', online: true, lastSeenAt: 0, customStatus: '在开会 ☕' },
      { userID: 'grace', online: false, lastSeenAt: 0, customStatus: '' },
    ])
    expect(running!.server.status.subscribed().sort()).toEqual(['ada', 'grace'])
    expect(running!.server.status.requests).toEqual([
      { P: 'ws_status_subscribe', userIDs: ['ada', 'grace'] },
      { P: 'ws_get_user_status', userIDs: ['ada', 'grace'] },
    ])
  })

  it('counts a web logout (3, logged out) as offline, as Tencent never reports it as 2', async () => {
    const presence = await start()
    running!.server.status.setStatus('ada', 3)
    await expect(presence.subscribe(['ada'])).resolves.toEqual([
      { userID: 'ada', online: false, lastSeenAt: 0, customStatus: '' },
    ])
  })

  it('never subscribes to me (the SDK answers my status itself) but still answers it', async () => {
    const presence = await start()
    const statuses = await presence.subscribe(['me', 'ada'])
    expect(running!.server.status.requests[0]).toEqual({ P: 'ws_status_subscribe', userIDs: ['ada'] })
    expect(statuses.find((status) => status.userID === 'me')).toMatchObject({ online: true })
    await presence.unsubscribe(['me'])
    // Unsubscribing nobody would send `unsubscribeAll`: nothing is sent.
    expect(running!.server.status.requests.map((request) => request.P)).not.toContain('ws_status_unsubscribe')
  })

  it('leaves out users the server does not know', async () => {
    const presence = await start()
    const statuses = await presence.subscribe(['ada', 'nobody'])
    expect(statuses.map((status) => status.userID)).toEqual(['ada'])
  })

  it('declares the limits the kit batches and queues by: 100 per call, 10 calls per 5 s', async () => {
    const presence = await start()
    // A subscribe is two SDK calls (subscribeUserStatus, getUserStatus) against Tencent's 20 per 5 s.
    expect(presence).toMatchObject({ maxBatchSize: 100, rateLimit: { calls: 10, perMs: 5000 } })
    expect(presence.ttlMs).toBeUndefined()
  })

  it('keeps the SDK within 20 user status calls in any 5 s while the kit subscribes 2,500 users', async () => {
    const many = Array.from({ length: 2_500 }, (_, i) => ({ userID: `u${i}` }))
    const presence = await start({ users: [{ userID: 'me' }, ...many] })
    const sdkCallTimes = recordStatusCalls(running!.chat)
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] })
    try {
      createPresenceManager(presence).watch(many.map((user) => user.userID))
      await vi.advanceTimersByTimeAsync(30_000)
    } finally {
      vi.useRealTimers()
    }
    expect(running!.server.status.subscribed()).toHaveLength(2_500)
    expect(sdkCallTimes).toHaveLength(50)
    for (let i = 20; i < sdkCallTimes.length; i++) {
      expect(sdkCallTimes[i]! - sdkCallTimes[i - 20]!, `SDK call ${i}`).toBeGreaterThanOrEqual(5_000)
    }
  })

  it('unsubscribes', async () => {
    const presence = await start()
    await presence.subscribe(['ada', 'grace'])
    await presence.unsubscribe(['ada'])
    expect(running!.server.status.subscribed()).toEqual(['grace'])
  })
})

describe('pushed changes', () => {
  it('reports a subscribed user going on- and offline, until the listener stops', async () => {
    const presence = await start()
    await presence.subscribe(['ada'])
    const changes: PresenceChange[][] = []
    const stop = presence.onChange((batch) => changes.push(batch))
    running!.server.status.setStatus('ada', 1, 'back')
    running!.server.status.setStatus('ada', 2)
    stop()
    running!.server.status.setStatus('ada', 1)
    expect(changes).toEqual([
      [{ userID: 'ada', online: true, customStatus: 'back' }],
      [{ userID: 'ada', online: false, customStatus: '' }],
    ])
  })
})

describe('presence switched off', () => {
  it('rejects with permission_denied 3122 when the edition has no user status (the SDK refuses)', async () => {
    const presence = await start({ statusAvailability: 'not-purchased' })
    await expect(presence.subscribe(['ada'])).rejects.toEqual(profileError('permission_denied', 3122))
    expect(running!.server.status.requests).toEqual([])
  })

  it('rejects with permission_denied 72001 when the console switch is off (the server refuses)', async () => {
    const presence = await start({ statusAvailability: 'switched-off' })
    await expect(presence.subscribe(['ada'])).rejects.toEqual(profileError('permission_denied', 72001))
  })
})

it('has no presence over a chat object without the user status API', () => {
  const double = createTencentChatDouble({ users: [{ userID: 'me' }] })
  const { getMyProfile, getUserProfile, updateMyProfile, on, off } = double
  const profileOnly = { getMyProfile, getUserProfile, updateMyProfile, on, off }
  expect(createTencentChatAdapter(profileOnly).presence).toBeUndefined()
})
