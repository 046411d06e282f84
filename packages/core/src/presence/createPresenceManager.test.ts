import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { PresenceSource } from '../adapter/PresenceSource'
import { ProfileError } from '../errors/ProfileError'
import { createMemoryAdapter, type MemoryAdapterOptions } from '../memory/createMemoryAdapter'
import { createPresenceManager, type PresenceOptions } from './createPresenceManager'

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-12-03T09:00:00Z') })
})
afterEach(() => {
  vi.useRealTimers()
})

const users = (count: number, prefix = 'u') => Array.from({ length: count }, (_, i) => `${prefix}${i}`)

/** A memory backend (strict: it rejects oversized batches, calls over the rate limit, too many users). */
function setup(presence: MemoryAdapterOptions['presence'] = {}, options: PresenceOptions = {}) {
  const adapter = createMemoryAdapter({ me: { userID: 'me' }, presence })
  const manager = createPresenceManager(adapter.presence, options)
  const calls = () => adapter.presence.calls.map(({ kind, userIDs }) => ({ kind, count: userIDs.length }))
  return { adapter, manager, calls }
}

/** Asserts no `perMs` window holds more than `limit` calls. */
function expectWithinRateLimit(times: number[], limit: number, perMs: number) {
  for (let i = limit; i < times.length; i++) {
    expect(
      times[i]! - times[i - limit]!,
      `call ${i} came too soon after call ${i - limit}`,
    ).toBeGreaterThanOrEqual(perMs)
  }
}

describe('createPresenceManager: subscriptions', () => {
  it('subscribes the users shown in one task in full batches, sending the last after the batch window', async () => {
    const { adapter, manager } = setup()
    const all = users(250)
    manager.watch(all.slice(0, 120))
    manager.watch(all.slice(100, 250)) // overlaps: 250 unique users
    await vi.advanceTimersByTimeAsync(0)
    expect(adapter.presence.calls.map((call) => call.userIDs.length)).toEqual([100, 100])
    await vi.advanceTimersByTimeAsync(500)
    expect(adapter.presence.calls.map((call) => call.userIDs.length)).toEqual([100, 100, 50])
    expect(new Set(adapter.presence.subscribedUserIDs())).toEqual(new Set(all))
  })

  it('shares one subscription between every watcher and lets go only after the grace period', async () => {
    const { adapter, manager, calls } = setup({}, { graceMs: 30_000 })
    const stopCard = manager.watch(['ada'])
    const stopRow = manager.watch(['ada'])
    await vi.advanceTimersByTimeAsync(500)
    expect(calls()).toEqual([{ kind: 'subscribe', count: 1 }])

    stopCard()
    stopRow()
    stopRow() // twice is harmless
    await vi.advanceTimersByTimeAsync(29_000)
    expect(adapter.presence.subscribedUserIDs()).toEqual(['ada'])
    // Scrolled back within the grace period: no new calls.
    const stopAgain = manager.watch(['ada'])
    await vi.advanceTimersByTimeAsync(10_000)
    expect(calls()).toEqual([{ kind: 'subscribe', count: 1 }])

    stopAgain()
    await vi.advanceTimersByTimeAsync(30_000 + 500)
    expect(adapter.presence.calls.map(({ kind, userIDs }) => [kind, userIDs])).toEqual([
      ['subscribe', ['ada']],
      ['unsubscribe', ['ada']],
    ])
    expect(adapter.presence.subscribedUserIDs()).toEqual([])
  })

  it('queues calls under the rate limit instead of exceeding it', async () => {
    const { adapter, manager } = setup({ rateLimit: { calls: 20, perMs: 5_000 } })
    manager.watch(users(2_500))
    await vi.advanceTimersByTimeAsync(0)
    expect(adapter.presence.calls).toHaveLength(20)
    await vi.advanceTimersByTimeAsync(5_000)
    // 25 calls in all: none rejected (a rejection would have cost a retry, so a 26th call).
    expect(adapter.presence.calls).toHaveLength(25)
    expect(adapter.presence.subscribedUserIDs()).toHaveLength(2_500)
    expectWithinRateLimit(
      adapter.presence.calls.map((call) => call.at),
      20,
      5_000,
    )
  })

  it('holds at most maxSubscriptions users, letting the least recently shown go first', async () => {
    const { adapter, manager } = setup({ maxSubscriptions: 150 })
    const first = users(100, 'a')
    const second = users(100, 'b')
    const stopFirst = manager.watch(first)
    await vi.advanceTimersByTimeAsync(0)
    stopFirst()
    await vi.advanceTimersByTimeAsync(1_000)
    manager.watch(second)
    await vi.advanceTimersByTimeAsync(1_000)
    // Room is made first (evicted users go at once), so the new users fit in one call.
    expect(adapter.presence.calls.map(({ kind, userIDs }) => [kind, userIDs.length])).toEqual([
      ['subscribe', 100],
      ['unsubscribe', 50],
      ['subscribe', 100],
    ])
    const held = adapter.presence.subscribedUserIDs()
    expect(held).toHaveLength(150)
    expect(held).toEqual(expect.arrayContaining(second))
  })

  it('renews subscriptions before they expire', async () => {
    const { adapter, manager } = setup({ ttlMs: 60_000 })
    manager.watch(['ada', 'bob'])
    await vi.advanceTimersByTimeAsync(500)
    await vi.advanceTimersByTimeAsync(10 * 60_000)
    const subscribes = adapter.presence.calls.filter((call) => call.kind === 'subscribe')
    // Every 48 s (a fifth of the minute early): the first call and 12 renewals in ten minutes.
    expect(subscribes).toHaveLength(13)
    expect(subscribes.every((call) => call.userIDs.join() === 'ada,bob')).toBe(true)
    expect(adapter.presence.subscribedUserIDs()).toEqual(['ada', 'bob'])
  })

  it('waits out a renewal longer than setTimeout can hold without waking every millisecond', async () => {
    // NetEase allows 30-day subscriptions; setTimeout fires at once for delays above 2^31-1 ms.
    const { adapter, manager } = setup({ ttlMs: 30 * 86_400_000 })
    manager.watch(['ada'])
    await vi.advanceTimersByTimeAsync(500)
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout')
    await vi.advanceTimersByTimeAsync(1_000)
    expect(setTimeoutSpy).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(24 * 86_400_000 - 1_000)
    expect(adapter.presence.calls.map((call) => call.kind)).toEqual(['subscribe'])
    // Renewed a minute before the 30 days run out, not before.
    await vi.advanceTimersByTimeAsync(6 * 86_400_000 - 60_000 + 1_000)
    expect(adapter.presence.calls.map((call) => call.kind)).toEqual(['subscribe', 'subscribe'])
  })

  it('subscribes every shown user again after a session reset', async () => {
    const { adapter, manager } = setup({ online: ['ada'] })
    manager.watch(['ada', 'bob'])
    await vi.advanceTimersByTimeAsync(500)
    expect(manager.get('ada').state).toBe('online')
    adapter.simulateSessionReset()
    manager.reset()
    expect(manager.get('ada').state).toBe('unknown')
    await vi.advanceTimersByTimeAsync(500)
    expect(adapter.presence.calls.map(({ kind, userIDs }) => [kind, userIDs])).toEqual([
      ['subscribe', ['ada', 'bob']],
      ['subscribe', ['ada', 'bob']],
    ])
    expect(manager.get('ada').state).toBe('online')
  })
})

describe('createPresenceManager: what it knows', () => {
  it('reports answers and live changes, and tells only the listeners of the user that changed', async () => {
    const { adapter, manager } = setup({ online: ['ada'], lastSeenAt: { bob: Date.now() - 300_000 } })
    manager.watch(['ada', 'bob'])
    const heardAda = vi.fn()
    const heardBob = vi.fn()
    manager.listen(['ada'], heardAda)
    manager.listen(['bob'], heardBob)
    await vi.advanceTimersByTimeAsync(500)
    expect(manager.get('ada')).toMatchObject({ state: 'online' })
    expect(manager.get('bob')).toMatchObject({ state: 'offline', lastSeenAt: Date.now() - 300_500 })

    heardAda.mockClear()
    heardBob.mockClear()
    adapter.simulatePresence('ada', false)
    await vi.advanceTimersByTimeAsync(0)
    expect(manager.get('ada')).toMatchObject({ state: 'offline', lastSeenAt: Date.now() })
    expect(heardAda).toHaveBeenCalledTimes(1)
    expect(heardBob).not.toHaveBeenCalled()
  })

  it('reports presence unavailable, with one warning, when the backend has it switched off', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const { adapter, manager } = setup({ enabled: false })
    manager.watch(['ada'])
    await vi.advanceTimersByTimeAsync(500)
    manager.watch(['bob', 'eve'])
    await vi.advanceTimersByTimeAsync(60_000)
    expect(manager.get('ada').state).toBe('unavailable')
    expect(manager.get('eve').state).toBe('unavailable')
    expect(adapter.presence.calls).toHaveLength(1)
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/presence is unavailable/)
  })

  it('asks again after a session reset when presence was unavailable (another login may have it)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const subscribe = vi
      .fn<PresenceSource['subscribe']>()
      .mockRejectedValueOnce(new ProfileError('permission_denied', 'presence is off', { vendorCode: 72001 }))
      .mockResolvedValue([{ userID: 'ada', online: true, lastSeenAt: 0, customStatus: '' }])
    const source: PresenceSource = {
      maxBatchSize: 100,
      subscribe,
      unsubscribe: async () => undefined,
      onChange: () => () => undefined,
    }
    const manager = createPresenceManager(source)
    manager.watch(['ada'])
    await vi.advanceTimersByTimeAsync(500)
    expect(manager.get('ada').state).toBe('unavailable')
    manager.reset()
    await vi.advanceTimersByTimeAsync(500)
    expect(subscribe.mock.calls).toEqual([[['ada']], [['ada']]])
    expect(manager.get('ada').state).toBe('online')
    expect(warn).toHaveBeenCalledTimes(1)
  })

  it('retries a failed subscribe with backoff, through the same queue', async () => {
    const { adapter, manager } = setup({}, {})
    adapter.configure({ failureRate: 1, failureCode: 'network' })
    manager.watch(['ada'])
    await vi.advanceTimersByTimeAsync(500)
    expect(adapter.presence.calls).toHaveLength(1)
    adapter.configure({ failureRate: 0 })
    await vi.advanceTimersByTimeAsync(999)
    expect(adapter.presence.calls).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(adapter.presence.calls).toHaveLength(2)
    expect(adapter.presence.subscribedUserIDs()).toEqual(['ada'])
  })

  it('says unavailable for every user when the adapter has no presence, and calls nothing', () => {
    const manager = createPresenceManager(undefined)
    manager.watch(['ada'])
    expect(manager.get('ada')).toEqual({
      userID: 'ada',
      state: 'unavailable',
      lastSeenAt: 0,
      customStatus: '',
    })
  })

  it('skips bad user IDs and survives a source that throws', async () => {
    const source: PresenceSource = {
      maxBatchSize: 100,
      subscribe: vi.fn(() => {
        throw new ProfileError('unknown', 'boom')
      }),
      unsubscribe: vi.fn(async () => undefined),
      onChange: () => () => undefined,
    }
    const manager = createPresenceManager(source)
    manager.watch(['', '  ', 'ada', 42 as unknown as string])
    await vi.advanceTimersByTimeAsync(10_000)
    expect(source.subscribe).toHaveBeenCalledTimes(1)
    expect(source.subscribe).toHaveBeenCalledWith(['ada'])
    expect(manager.get('ada').state).toBe('unknown')
  })
})
