import { afterEach, describe, expect, it, vi } from 'vitest'
import type { PresenceChange } from '@profile-kit/core/vanilla'
import { createNimClassicAdapter, type NimClassicAdapterOptions } from '../createNimClassicAdapter'
import { createNimClassicEvents } from '../createNimClassicEvents'
import { startNimClassicOnFakeWire, type ServerCard } from '../testing/startNimClassicOnFakeWire'

// Presence over the REAL classic @yxim/nim-web-sdk 9.21.12: only its socket is fake, so the
// SDK's own batching, packet codec and `onpushevents` decoding decide what the adapter sees.

const USERS: ServerCard[] = ['me', 'ada', 'grace', ...Array.from({ length: 150 }, (_, i) => `u${i}`)].map(
  (account) => ({ account }),
)
const SUBSCRIBE = '14_3'
const ANDROID = 1

let running: { destroy(): Promise<void> } | undefined
afterEach(async () => {
  await running?.destroy()
  running = undefined
})

async function start(options: Omit<NimClassicAdapterOptions, 'events'> = {}) {
  const events = createNimClassicEvents()
  const started = await startNimClassicOnFakeWire({
    account: 'me',
    users: USERS,
    callbacks: events.callbacks,
  })
  running = started
  const presence = createNimClassicAdapter(started.nim, { ...options, events }).presence
  if (!presence) throw new Error('the classic adapter over the real SDK has no presence')
  const changes: PresenceChange[][] = []
  const stop = presence.onChange((batch) => changes.push(batch))
  return { ...started, presence, changes, stop }
}

/** Pushes travel a (fake) network hop: wait until `count` batches arrived. */
const received = (changes: unknown[], count: number) =>
  vi.waitFor(() => expect(changes).toHaveLength(count), { timeout: 2000, interval: 5 })

describe('subscribing', () => {
  it('subscribes to the online-state event with the chosen duration and sync; statuses now arrive as events', async () => {
    const { server, presence, changes } = await start({ presenceDurationSeconds: 86_400 })
    server.events.publish('ada', { value: 1 })
    server.events.publish('grace', { value: 3 })
    await expect(presence.subscribe(['ada', 'grace', 'nobody'])).resolves.toEqual([])
    const [request] = server.requests.filter((r) => r.command === SUBSCRIBE)
    expect(request?.args[1]).toEqual(['ada', 'grace', 'nobody'])
    expect(server.events.subscriptions()).toEqual([
      { account: 'ada', subscribeTime: 86_400 },
      { account: 'grace', subscribeTime: 86_400 },
    ])
    await received(changes, 1)
    expect(changes[0]).toEqual([
      { userID: 'ada', online: true },
      { userID: 'grace', online: false, lastSeenAt: expect.any(Number) as number },
    ])
    expect(presence).toMatchObject({ maxBatchSize: 100, maxSubscriptions: 3000, ttlMs: 86_400_000 })
  })

  it('unsubscribes, after which no change is pushed', async () => {
    const { server, presence, changes } = await start()
    await presence.subscribe(['ada', 'grace'])
    await presence.unsubscribe(['ada'])
    expect(server.events.subscriptions().map((s) => s.account)).toEqual(['grace'])
    server.events.publish('ada', { value: 1 })
    server.events.publish('grace', { value: 1 })
    await received(changes, 1)
    expect(changes).toEqual([[{ userID: 'grace', online: true }]])
  })

  it('refuses a duration NetEase would refuse, when the adapter is created', async () => {
    const { nim } = await start()
    expect(() =>
      createNimClassicAdapter(nim, { events: createNimClassicEvents(), presenceDurationSeconds: 30 }),
    ).toThrow(expect.objectContaining({ code: 'invalid_argument' }))
  })

  it('has no presence without the events it needs to hear onpushevents', async () => {
    const { nim } = await start()
    expect(createNimClassicAdapter(nim).presence).toBeUndefined()
  })
})

describe('pushed changes', () => {
  it('keeps a user online while any client is logged in; last seen is the last logout', async () => {
    const { server, presence, changes } = await start()
    await presence.subscribe(['ada'])
    server.events.publish('ada', { value: 1 })
    server.events.publish('ada', { value: 1, clientType: ANDROID })
    server.events.publish('ada', { value: 2 })
    server.events.publish('ada', { value: 2, clientType: ANDROID })
    await received(changes, 3)
    expect(changes).toEqual([
      [{ userID: 'ada', online: true }],
      [{ userID: 'ada', online: true }],
      [{ userID: 'ada', online: false, lastSeenAt: expect.any(Number) as number }],
    ])
    // The publish time of the last logout, as the server stamped it.
    expect(changes[2]![0]!.lastSeenAt).toBeGreaterThan(1000)
  })

  it('reports a custom event (from 10000) by its text, and stops when the listener is removed', async () => {
    const { server, presence, changes, stop } = await start()
    await presence.subscribe(['ada'])
    server.events.publish('ada', { value: 10_001, custom: 'In a meeting' })
    await received(changes, 1)
    stop()
    server.events.publish('ada', { value: 1 })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(changes).toEqual([[{ userID: 'ada', customStatus: 'In a meeting' }]])
  })
})
