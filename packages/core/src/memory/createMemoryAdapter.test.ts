import { afterEach, describe, expect, it, vi } from 'vitest'
import { ProfileError } from '../errors/ProfileError'
import type { ProfileChange } from '../model/profile'
import { createMemoryAdapter, type MemoryAdapterOptions } from './createMemoryAdapter'

afterEach(() => {
  vi.useRealTimers()
})

function adapterWith(options: Partial<MemoryAdapterOptions> = {}) {
  return createMemoryAdapter({
    me: { userID: 'me', nick: 'Ada' },
    profiles: [
      { userID: 'grace', nick: 'Grace' },
      { userID: 'linus', nick: 'Linus', customFields: { team: 'kernel' } },
    ],
    ...options,
  })
}

/** Lets queued microtasks (event deliveries) run. */
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

describe('createMemoryAdapter: reading', () => {
  it('answers getMyProfile with a complete, frozen profile, asynchronously', async () => {
    const adapter = adapterWith()
    let settled = false
    const me = adapter.getMyProfile().finally(() => (settled = true))
    expect(settled).toBe(false)
    const profile = await me
    expect(profile).toMatchObject({
      userID: 'me',
      nick: 'Ada',
      gender: 'unknown',
      avatar: '',
      customFields: {},
    })
    expect(profile.updatedAt).toBeGreaterThan(0)
    expect(Object.isFrozen(profile)).toBe(true)
  })

  it('answers getUserProfiles in the requested order, once per ID, without unknown IDs', async () => {
    const adapter = adapterWith()
    const profiles = await adapter.getUserProfiles(['linus', 'nobody', 'me', 'grace', 'linus'])
    expect(profiles.map((p) => p.userID)).toEqual(['linus', 'me', 'grace'])
    expect(profiles[0]?.customFields.team).toBe('kernel')
  })

  it('rejects more IDs than maxBatchSize, so the kit must chunk', async () => {
    const adapter = adapterWith({ schema: { maxBatchSize: 2 } })
    await expect(adapter.getUserProfiles(['grace', 'linus'])).resolves.toHaveLength(2)
    await expect(adapter.getUserProfiles(['grace', 'linus', 'me'])).rejects.toMatchObject({
      code: 'invalid_argument',
      message:
        'getUserProfiles got 3 IDs, but this backend accepts at most 2 per call; split the request into chunks.',
    })
  })

  it('rejects malformed getUserProfiles input as invalid_argument', async () => {
    const adapter = adapterWith()
    await expect(adapter.getUserProfiles('grace' as unknown as string[])).rejects.toMatchObject({
      code: 'invalid_argument',
      field: 'userIDs',
    })
    await expect(adapter.getUserProfiles(['grace', 42 as unknown as string])).rejects.toMatchObject({
      code: 'invalid_argument',
      field: 'userIDs[1]',
    })
  })

  it('keeps its store safe from callers that mutate what they got', async () => {
    const adapter = adapterWith()
    const [grace] = await adapter.getUserProfiles(['grace'])
    expect(() => {
      ;(grace as { nick: string }).nick = 'hacked'
    }).toThrow(TypeError)
    expect(() => {
      ;(grace?.customFields as Record<string, string>).x = 'y'
    }).toThrow(TypeError)
    expect(adapter.getStored('grace')?.nick).toBe('Grace')
  })

  it('seeds partial profiles and lets me win over a profile of the same ID', async () => {
    const adapter = createMemoryAdapter({
      me: { userID: 'me', nick: 'Me' },
      profiles: [{ userID: 'me', nick: 'Old' }],
    })
    expect((await adapter.getMyProfile()).nick).toBe('Me')
    adapter.addProfiles([{ userID: 'new', gender: 'female' }])
    expect(await adapter.getUserProfiles(['new'])).toMatchObject([
      { userID: 'new', gender: 'female', nick: '' },
    ])
  })

  it('rejects unusable options with a message that says what to pass', () => {
    expect(() => createMemoryAdapter({} as MemoryAdapterOptions)).toThrow(
      /createMemoryAdapter needs me: \{ userID: 'some-id', ... \}/,
    )
    expect(() => adapterWith({ profiles: [{ nick: 'no id' } as never] })).toThrow(ProfileError)
    expect(() => adapterWith({ failureRate: 2 })).toThrow(/failureRate must be a number from 0/)
    expect(() => adapterWith({ latencyMs: -5 })).toThrow(/latencyMs/)
    expect(() => adapterWith({ failureCode: 'oops' as never })).toThrow(/failureCode must be one of/)
    expect(() => adapterWith({ schema: { maxBatchSize: 0 } })).toThrow(/maxBatchSize/)
  })
})

describe('createMemoryAdapter: updating', () => {
  it('stores a valid patch, returns the new profile and reads it back', async () => {
    const adapter = adapterWith()
    const before = await adapter.getMyProfile()
    const updated = await adapter.updateMyProfile({ nick: 'Ada L.', customFields: { team: 'core' } })
    expect(updated).toMatchObject({ userID: 'me', nick: 'Ada L.', customFields: { team: 'core' } })
    expect(await adapter.getMyProfile()).toEqual(updated)
    await adapter.updateMyProfile({ customFields: { team: null } })
    const after = await adapter.getMyProfile()
    expect(after.customFields).toEqual({})
    expect(after.updatedAt).toBeGreaterThan(before.updatedAt)
  })

  it('stamps updatedAt strictly increasing even within one millisecond', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(1_000)
    const adapter = adapterWith()
    const stamps = [adapter.getStored('grace')?.updatedAt, adapter.getStored('linus')?.updatedAt]
    for (const nick of ['a', 'b', 'c']) stamps.push((await adapter.updateMyProfile({ nick }))?.updatedAt)
    expect(stamps).toEqual([1000, 1001, 1003, 1004, 1005])
  })

  it('reads no clock until its first call, so a Next.js server component can create it while prerendering', async () => {
    const now = vi.spyOn(Date, 'now').mockReturnValue(5_000)
    const performanceNow = vi.spyOn(performance, 'now')
    const adapter = adapterWith()
    adapter.addProfiles([{ userID: 'ken', nick: 'Ken' }])
    expect(now).not.toHaveBeenCalled()
    expect(performanceNow).not.toHaveBeenCalled()
    const profiles = await adapter.getUserProfiles(['grace', 'linus', 'me', 'ken'])
    expect(now).toHaveBeenCalled()
    // Seeds are stamped on first use, in the order they were added.
    expect(profiles.map((p) => [p.userID, p.updatedAt])).toEqual([
      ['grace', 5000],
      ['linus', 5001],
      ['me', 5002],
      ['ken', 5003],
    ])
  })

  it('still refuses a bad seed when it is created', () => {
    expect(() => createMemoryAdapter({ me: { userID: 'me' }, profiles: [{ userID: '' }] })).toThrow(
      expect.objectContaining({ code: 'invalid_argument', field: 'profiles[0]' }),
    )
  })

  it('rejects an invalid patch as invalid_argument naming the field, storing nothing', async () => {
    const adapter = adapterWith({ schema: { fields: { nick: { maxLength: 5 } } } })
    const onChange = vi.fn()
    adapter.subscribe(onChange)
    await expect(adapter.updateMyProfile({ nick: 'Much too long' })).rejects.toMatchObject({
      code: 'invalid_argument',
      field: 'nick',
    })
    await expect(adapter.updateMyProfile({ selfSignature: 'not stored here' })).rejects.toMatchObject({
      code: 'invalid_argument',
      field: 'selfSignature',
    })
    await expect(adapter.updateMyProfile({ gender: 'alien' as never })).rejects.toBeInstanceOf(ProfileError)
    await flush()
    expect(adapter.getStored('me')?.nick).toBe('Ada')
    expect(onChange).not.toHaveBeenCalled()
  })
})

describe('createMemoryAdapter: events', () => {
  it('tells every subscriber about my update, after the call, with the full profile', async () => {
    const adapter = adapterWith()
    const first: ProfileChange[][] = []
    const second: ProfileChange[][] = []
    adapter.subscribe((changes) => first.push(changes))
    adapter.subscribe((changes) => second.push(changes))
    const updated = await adapter.updateMyProfile({ selfSignature: 'Hello' })
    await flush()
    expect(first).toEqual([[updated]])
    expect(second).toEqual([[updated]])
    expect(first[0]).not.toBe(second[0])
  })

  it('stores a change made on another device, returns it and tells subscribers', async () => {
    const adapter = adapterWith()
    const onChange = vi.fn()
    adapter.subscribe(onChange)
    const changed = adapter.simulateRemoteChange('grace', {
      nick: 'Grace H.',
      customFields: { team: 'navy' },
    })
    expect(changed).toMatchObject({ userID: 'grace', nick: 'Grace H.', customFields: { team: 'navy' } })
    expect(onChange).not.toHaveBeenCalled()
    await flush()
    expect(onChange).toHaveBeenCalledExactlyOnceWith([changed])
    expect(await adapter.getUserProfiles(['grace'])).toEqual([changed])
  })

  it('refuses remote changes for unknown users or breaking the schema', () => {
    const adapter = adapterWith()
    expect(() => adapter.simulateRemoteChange('nobody', { nick: 'x' })).toThrow(
      expect.objectContaining({ code: 'not_found' }),
    )
    expect(() => adapter.simulateRemoteChange('grace', { level: 3 })).toThrow(
      expect.objectContaining({ code: 'invalid_argument', field: 'level' }),
    )
  })

  it('fires onReset of every subscriber on a session reset', async () => {
    const adapter = adapterWith()
    const resets = [vi.fn(), vi.fn()]
    adapter.subscribe(vi.fn(), resets[0])
    adapter.subscribe(vi.fn(), resets[1])
    adapter.subscribe(vi.fn())
    adapter.simulateSessionReset()
    await flush()
    expect(resets[0]).toHaveBeenCalledTimes(1)
    expect(resets[1]).toHaveBeenCalledTimes(1)
  })

  it('stops events after unsubscribe, also for events already on their way', async () => {
    const adapter = adapterWith()
    const onChange = vi.fn()
    const onReset = vi.fn()
    const unsubscribe = adapter.subscribe(onChange, onReset)
    adapter.simulateRemoteChange('grace', { nick: 'in flight' })
    unsubscribe()
    unsubscribe()
    adapter.simulateRemoteChange('grace', { nick: 'later' })
    adapter.simulateSessionReset()
    await adapter.updateMyProfile({ nick: 'mine' })
    await flush()
    expect(onChange).not.toHaveBeenCalled()
    expect(onReset).not.toHaveBeenCalled()
  })

  it('leaves no timer running once calls settle and subscribers leave', async () => {
    vi.useFakeTimers()
    const adapter = adapterWith({ latencyMs: 50 })
    const unsubscribe = adapter.subscribe(vi.fn(), vi.fn())
    const update = adapter.updateMyProfile({ nick: 'x' })
    await vi.advanceTimersByTimeAsync(50)
    await update
    adapter.simulateSessionReset()
    unsubscribe()
    expect(vi.getTimerCount()).toBe(0)
  })
})

describe('createMemoryAdapter: latency and failures', () => {
  it('delays every call by latencyMs', async () => {
    vi.useFakeTimers()
    const adapter = adapterWith({ latencyMs: 300 })
    let answered = false
    const me = adapter.getMyProfile().then(() => (answered = true))
    await vi.advanceTimersByTimeAsync(299)
    expect(answered).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    await me
    expect(answered).toBe(true)
  })

  it('fails the configured share of calls with the configured code, from a seeded random', async () => {
    const random = vi.fn<() => number>().mockReturnValueOnce(0.2).mockReturnValueOnce(0.7)
    const adapter = adapterWith({ failureRate: 0.5, failureCode: 'network', random })
    const error = await adapter.getMyProfile().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ProfileError)
    expect(error).toMatchObject({ code: 'network', retryable: true })
    expect((error as Error).message).toBe(
      'getMyProfile: simulated network failure (memory adapter, failureRate 0.5).',
    )
    await expect(adapter.getMyProfile()).resolves.toMatchObject({ userID: 'me' })
  })

  it('fails with unknown by default, and stores nothing when an update fails', async () => {
    const adapter = adapterWith({ failureRate: 1 })
    await expect(adapter.updateMyProfile({ nick: 'lost' })).rejects.toMatchObject({
      code: 'unknown',
      retryable: false,
    })
    await expect(adapter.getUserProfiles(['grace'])).rejects.toMatchObject({ code: 'unknown' })
    expect(adapter.getStored('me')?.nick).toBe('Ada')
  })

  it('changes latency and failures through configure, checking the values', async () => {
    const adapter = adapterWith()
    adapter.configure({ failureRate: 1, failureCode: 'rate_limited' })
    await expect(adapter.getMyProfile()).rejects.toMatchObject({ code: 'rate_limited' })
    adapter.configure({ failureRate: 0 })
    await expect(adapter.getMyProfile()).resolves.toMatchObject({ userID: 'me' })
    expect(() => adapter.configure({ failureRate: Number.NaN })).toThrow(
      expect.objectContaining({ code: 'invalid_argument', field: 'failureRate' }),
    )
  })
})
