import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { ProfileError } from '../errors/ProfileError'
import type { Profile } from '../model/profile'
import { createProfileLoader, type ProfileLoaderOptions } from './createProfileLoader'
import { expectCallsOverTime, installFakeRetryTimers } from './__tests__/installFakeRetryTimers'

installFakeRetryTimers()

/** A backend that knows every ID except those starting with "ghost", and answers in reverse order. */
function backend() {
  return vi.fn(async (ids: string[]) =>
    ids
      .filter((id) => !id.startsWith('ghost'))
      .map((id) => ({ userID: id, nick: `nick of ${id}` }))
      .reverse(),
  )
}

/** A fetch whose answers the test gives: `answers[i]` settles the i-th call. */
function heldFetch() {
  const answers: Array<(profiles: unknown) => void> = []
  const fetch = vi.fn(() => new Promise<unknown>((resolve) => answers.push(resolve)))
  return { fetch, answers }
}

function loaderWith(fetch: ProfileLoaderOptions['fetch'], options: Partial<ProfileLoaderOptions> = {}) {
  return createProfileLoader({ fetch, ...options })
}

/** Captures how a promise settles, so that rejections are handled before timers advance. */
function outcome<T>(promise: Promise<T>) {
  return promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  )
}

/** The name of the error a captured outcome rejected with, or `'resolved'`. */
async function errorName(settled: ReturnType<typeof outcome>): Promise<string> {
  const result = await settled
  return 'error' in result ? (result.error as Error).name : 'resolved'
}

const nicks = (profiles: Array<Profile | null>) => profiles.map((p) => p?.nick ?? null)
const ids = (count: number, prefix = 'u') => Array.from({ length: count }, (_, i) => `${prefix}${i}`)

describe('createProfileLoader: batching', () => {
  it('merges the requests of one task into one call', async () => {
    const fetch = backend()
    const loader = loaderWith(fetch)
    const a = loader.load('a')
    const b = loader.load('b')
    const many = loader.loadMany(['c', 'a'])
    expect(fetch).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(0)
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(fetch).toHaveBeenCalledWith(['a', 'b', 'c'])
    expect((await a)?.nick).toBe('nick of a')
    expect((await b)?.nick).toBe('nick of b')
    expect(nicks(await many)).toEqual(['nick of c', 'nick of a'])
  })

  it('makes one call per task without a window', async () => {
    const fetch = backend()
    const loader = loaderWith(fetch)
    const first = loader.load('a')
    await vi.advanceTimersByTimeAsync(0)
    const second = loader.load('b')
    await vi.advanceTimersByTimeAsync(0)
    expect(fetch.mock.calls).toEqual([[['a']], [['b']]])
    await Promise.all([first, second])
  })

  it('widens the merge to windowMs', async () => {
    const fetch = backend()
    const loader = loaderWith(fetch, { windowMs: 50 })
    const loads = [loader.load('a')]
    await vi.advanceTimersByTimeAsync(30)
    loads.push(loader.load('b'))
    await vi.advanceTimersByTimeAsync(19)
    expect(fetch).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(fetch.mock.calls).toEqual([[['a', 'b']]])
    loads.push(loader.load('c'))
    await vi.advanceTimersByTimeAsync(50)
    expect(fetch.mock.calls).toEqual([[['a', 'b']], [['c']]])
    expect(nicks(await Promise.all(loads))).toEqual(['nick of a', 'nick of b', 'nick of c'])
  })

  it('chunks 250 IDs into 3 calls at maxBatchSize 100', async () => {
    const fetch = backend()
    const all = ids(250)
    const result = loaderWith(fetch, { maxBatchSize: 100 }).loadMany(all)
    await vi.advanceTimersByTimeAsync(0)
    expect(fetch).toHaveBeenCalledTimes(3)
    expect(fetch.mock.calls.map(([batch]) => batch)).toEqual([
      all.slice(0, 100),
      all.slice(100, 200),
      all.slice(200),
    ])
    expect(nicks(await result)).toEqual(all.map((id) => `nick of ${id}`))
  })

  it('loads 10,000 IDs in 100 calls without dropping one', async () => {
    const fetch = backend()
    const all = ids(10_000)
    const result = loaderWith(fetch).loadMany(all)
    await vi.advanceTimersByTimeAsync(0)
    expect(fetch).toHaveBeenCalledTimes(100)
    expect(fetch.mock.calls.every(([batch]) => batch.length === 100)).toBe(true)
    expect(fetch.mock.calls.flatMap(([batch]) => batch)).toEqual(all)
    const profiles = await result
    expect(profiles.map((p) => p?.userID)).toEqual(all)
  })

  it('collapses duplicate IDs in the input', async () => {
    const fetch = backend()
    const result = loaderWith(fetch).loadMany(['a', 'a', 'b', 'a'])
    await vi.advanceTimersByTimeAsync(0)
    expect(fetch.mock.calls).toEqual([[['a', 'b']]])
    expect(nicks(await result)).toEqual(['nick of a', 'nick of a', 'nick of b', 'nick of a'])
  })

  it('does not request an ID again while it is in flight, and again once it has settled', async () => {
    const { fetch, answers } = heldFetch()
    const loader = loaderWith(fetch)
    const first = loader.load('a')
    await vi.advanceTimersByTimeAsync(0)
    const again = loader.load('a')
    const other = loader.load('b')
    await vi.advanceTimersByTimeAsync(0)
    expect(again).toBe(first)
    expect(fetch.mock.calls).toEqual([[['a']], [['b']]])
    answers[1]?.([{ userID: 'b' }])
    answers[0]?.([{ userID: 'a', nick: 'Ada' }])
    expect((await again)?.nick).toBe('Ada')
    expect((await other)?.userID).toBe('b')
    const later = loader.load('a')
    await vi.advanceTimersByTimeAsync(0)
    expect(fetch).toHaveBeenCalledTimes(3)
    answers[2]?.([{ userID: 'a', nick: 'Ada 2' }])
    expect((await later)?.nick).toBe('Ada 2')
  })

  it('after reset, asks again instead of joining a request the old session made', async () => {
    const { fetch, answers } = heldFetch()
    const loader = loaderWith(fetch)
    const old = loader.load('a')
    await vi.advanceTimersByTimeAsync(0)
    loader.reset()
    const fresh = loader.load('a')
    await vi.advanceTimersByTimeAsync(0)
    expect(fetch.mock.calls).toEqual([[['a']], [['a']]])
    answers[0]?.([{ userID: 'a', nick: 'seen by the old session' }])
    answers[1]?.([{ userID: 'a', nick: 'seen by the new session' }])
    expect((await old)?.nick).toBe('seen by the old session')
    expect((await fresh)?.nick).toBe('seen by the new session')
  })

  it('fetches again when a waiter loads its ID from its own callback', async () => {
    const fetch = backend()
    const loader = loaderWith(fetch)
    const again = loader.load('a').then(() => loader.load('a'))
    await vi.runAllTimersAsync()
    expect((await again)?.nick).toBe('nick of a')
    expect(fetch.mock.calls).toEqual([[['a']], [['a']]])
  })

  it('opens a new window for a load made from inside fetch', async () => {
    const fetch = backend()
    const loader = loaderWith(fetch)
    let nested: Promise<Profile | null> | undefined
    fetch.mockImplementationOnce(async (batch) => {
      nested = loader.load('b')
      return batch.map((userID) => ({ userID, nick: `nick of ${userID}` }))
    })
    const a = loader.load('a')
    await vi.runAllTimersAsync()
    expect(fetch.mock.calls).toEqual([[['a']], [['b']]])
    expect((await a)?.nick).toBe('nick of a')
    expect((await nested)?.nick).toBe('nick of b')
  })

  it('calls onBatch once per batch with its IDs', async () => {
    const onBatch = vi.fn()
    const result = loaderWith(backend(), { maxBatchSize: 2, onBatch }).loadMany(['a', 'b', 'c'])
    await vi.advanceTimersByTimeAsync(0)
    expect(onBatch.mock.calls).toEqual([[['a', 'b']], [['c']]])
    await result
  })
})

describe('createProfileLoader: long windows and requesters who leave', () => {
  it('sends a full batch at once instead of holding it until the window closes', async () => {
    const fetch = backend()
    const loader = loaderWith(fetch, { windowMs: 200, maxBatchSize: 3 })
    const loads = ids(4).map((id) => loader.load(id))
    await vi.advanceTimersByTimeAsync(0)
    expect(fetch.mock.calls).toEqual([[['u0', 'u1', 'u2']]])
    // Within the window an ID of the early batch is still that batch's, not fetched again.
    loads.push(loader.load('u1'))
    await vi.advanceTimersByTimeAsync(200)
    expect(fetch.mock.calls).toEqual([[['u0', 'u1', 'u2']], [['u3']]])
    expect(nicks(await Promise.all(loads))).toEqual(
      ids(4)
        .concat('u1')
        .map((id) => `nick of ${id}`),
    )
  })

  it('in a steady stream of requests (a scrolling list), sends full batches and a last one when the window closes', async () => {
    const fetch = backend()
    const loader = loaderWith(fetch, { windowMs: 100, maxBatchSize: 3 })
    const loads: Array<Promise<Profile | null>> = []
    for (const id of ids(8)) {
      loads.push(loader.load(id))
      await vi.advanceTimersByTimeAsync(10) // one new row every 10 ms
    }
    expect(fetch.mock.calls).toEqual([[['u0', 'u1', 'u2']], [['u3', 'u4', 'u5']]])
    await vi.advanceTimersByTimeAsync(90) // 100 ms after u6, the batch's first ID
    expect(fetch.mock.calls).toEqual([[['u0', 'u1', 'u2']], [['u3', 'u4', 'u5']], [['u6', 'u7']]])
    expect(nicks(await Promise.all(loads))).toEqual(ids(8).map((id) => `nick of ${id}`))
  })

  it('drops an ID from its unsent batch once every requester aborted, and rejects them', async () => {
    const fetch = backend()
    const loader = loaderWith(fetch, { windowMs: 100 })
    const gone = new AbortController()
    const goneToo = new AbortController()
    const stays = new AbortController()
    const left = [outcome(loader.load('a', gone.signal)), outcome(loader.load('a', goneToo.signal))]
    const kept = loader.load('b', stays.signal)
    await vi.advanceTimersByTimeAsync(50)
    gone.abort()
    goneToo.abort()
    await vi.advanceTimersByTimeAsync(50)
    expect(fetch.mock.calls).toEqual([[['b']]])
    expect((await kept)?.nick).toBe('nick of b')
    for (const settled of left) expect(await errorName(settled)).toBe('AbortError')
  })

  it('keeps an ID while any requester still waits, and makes no call for a batch left empty', async () => {
    const fetch = backend()
    const loader = loaderWith(fetch, { windowMs: 100 })
    const gone = new AbortController()
    const leaving = outcome(loader.load('a', gone.signal))
    const waiting = loader.load('a') // no signal: this requester always waits
    gone.abort()
    await vi.advanceTimersByTimeAsync(100)
    expect(fetch.mock.calls).toEqual([[['a']]])
    expect((await waiting)?.nick).toBe('nick of a')
    const alone = new AbortController()
    const empty = outcome(loader.load('z', alone.signal))
    alone.abort()
    await vi.advanceTimersByTimeAsync(100)
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(await errorName(leaving)).toBe('AbortError')
    expect(await errorName(empty)).toBe('AbortError')
  })

  it('stops listening to a signal once its load has settled', async () => {
    const loader = loaderWith(backend())
    const signal = new AbortController().signal
    const remove = vi.spyOn(signal, 'removeEventListener')
    const loaded = loader.load('a', signal)
    await vi.advanceTimersByTimeAsync(0)
    expect((await loaded)?.nick).toBe('nick of a')
    expect(remove).toHaveBeenCalledWith('abort', expect.any(Function))
  })

  it('still fetches an ID whose batch was already sent when its requester aborted', async () => {
    let answer: (value: unknown) => void = () => {}
    const fetch = vi.fn(() => new Promise((resolve) => (answer = resolve)))
    const loader = loaderWith(fetch)
    const controller = new AbortController()
    const load = outcome(loader.load('a', controller.signal))
    await vi.advanceTimersByTimeAsync(0)
    controller.abort()
    expect(await errorName(load)).toBe('AbortError')
    answer([{ userID: 'a' }])
    expect(fetch.mock.calls).toEqual([[['a']]])
  })

  it('hands a requester who aborted after its batch was sent the answer in flight, and nothing before', async () => {
    const { fetch, answers } = heldFetch()
    const loader = loaderWith(fetch, { windowMs: 100 })
    const early = new AbortController()
    const late = new AbortController()
    const dropped = outcome(loader.load('a', early.signal))
    const sent = outcome(loader.load('b', late.signal))
    early.abort()
    expect(loader.inFlight('a')).toBeUndefined() // left its batch before it was sent
    await vi.advanceTimersByTimeAsync(100)
    late.abort()
    const answer = loader.inFlight('b')
    answers[0]!([{ userID: 'b', nick: 'Bea' }])
    expect((await answer)?.nick).toBe('Bea')
    expect(fetch.mock.calls).toEqual([[['b']]])
    expect(loader.inFlight('b')).toBeUndefined() // answered: a later load fetches again
    expect([await errorName(dropped), await errorName(sent)]).toEqual(['AbortError', 'AbortError'])
  })
})
describe('createProfileLoader: answers', () => {
  it('matches profiles by userID whatever order the adapter answers in', async () => {
    const fetch = vi.fn(async () => [
      { userID: 'c', nick: 'C' },
      { userID: 'a', nick: 'A' },
      { userID: 'b', nick: 'B' },
    ])
    const result = loaderWith(fetch).loadMany(['a', 'b', 'c'])
    await vi.advanceTimersByTimeAsync(0)
    expect(nicks(await result)).toEqual(['A', 'B', 'C'])
  })

  it('resolves unknown IDs as null, not as an error', async () => {
    const fetch = backend()
    const result = loaderWith(fetch).loadMany(['a', 'ghost-1', 'b'])
    await vi.advanceTimersByTimeAsync(0)
    expect(nicks(await result)).toEqual(['nick of a', null, 'nick of b'])
  })

  it('normalizes profiles and ignores unreadable, unrequested and older duplicate items', async () => {
    const fetch = vi.fn(async () => [
      null,
      'garbage',
      { nick: 'no userID' },
      { userID: 'stranger', nick: 'not asked for' },
      { userID: 'a', nick: 'newer', updatedAt: 20 },
      { userID: 'a', nick: 'older', updatedAt: 10 },
      { userID: 'b', gender: 'alien' },
    ])
    const result = loaderWith(fetch).loadMany(['a', 'b'])
    await vi.advanceTimersByTimeAsync(0)
    const [a, b] = await result
    expect(a).toMatchObject({ userID: 'a', nick: 'newer', updatedAt: 20 })
    expect(b).toMatchObject({ userID: 'b', nick: '', gender: 'unknown', customFields: {} })
    expect(Object.isFrozen(b)).toBe(true)
  })

  it('fails the whole batch when the answer is not an array, saying what to return', async () => {
    const fetch = vi.fn(async () => ({ data: [] }))
    const loader = loaderWith(fetch)
    const a = outcome(loader.load('a'))
    const b = outcome(loader.load('b'))
    await vi.runAllTimersAsync()
    const { error } = (await a) as { error: ProfileError }
    expect(error).toBeInstanceOf(ProfileError)
    expect(error.code).toBe('unknown')
    expect(error.message).toBe('getUserProfiles must resolve an array of profiles, got an object')
    expect(await b).toEqual({ error })
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('fails the batch with a clear error when fetch throws synchronously', async () => {
    const fetch = vi.fn((): Promise<unknown> => {
      throw new TypeError('sdk.getUserProfile is not a function')
    })
    const result = outcome(loaderWith(fetch).loadMany(['a', 'b']))
    await vi.runAllTimersAsync()
    const { error } = (await result) as { error: ProfileError }
    expect(error).toBeInstanceOf(ProfileError)
    expect(error.message).toBe(
      'getUserProfiles threw instead of returning a Promise (make it async or return a rejected Promise): sdk.getUserProfile is not a function',
    )
  })
})

describe('createProfileLoader: failures and retries', () => {
  it('retries a network error with backoff, one call per attempt with the same IDs', async () => {
    const fetch = vi
      .fn<(ids: string[]) => Promise<unknown>>()
      .mockRejectedValueOnce(new ProfileError('network', 'offline'))
      .mockRejectedValueOnce(new ProfileError('network', 'offline'))
      .mockImplementation(async (ids) => ids.map((userID) => ({ userID })))
    const result = loaderWith(fetch, { maxBatchSize: 100 }).loadMany(['a', 'b'])
    await expectCallsOverTime(fetch, [
      [0, 1],
      [249, 1],
      [1, 2],
      [500, 3],
    ])
    expect(fetch.mock.calls).toEqual([[['a', 'b']], [['a', 'b']], [['a', 'b']]])
    expect((await result).map((p) => p?.userID)).toEqual(['a', 'b'])
  })

  it('waits the retryAfterMs of a rate_limited error before retrying', async () => {
    const fetch = vi
      .fn<(ids: string[]) => Promise<unknown>>()
      .mockRejectedValueOnce(new ProfileError('rate_limited', 'too many', { retryAfterMs: 2000 }))
      .mockResolvedValueOnce([{ userID: 'a' }])
    const result = loaderWith(fetch).load('a')
    await expectCallsOverTime(fetch, [
      [1999, 1],
      [1, 2],
    ])
    expect((await result)?.userID).toBe('a')
  })

  it.each(['not_found', 'permission_denied'] as const)(
    'does not retry %s and rejects every waiter',
    async (code) => {
      const failure = new ProfileError(code, 'no')
      const fetch = vi.fn().mockRejectedValue(failure)
      const loader = loaderWith(fetch)
      const waiters = [
        outcome(loader.load('a')),
        outcome(loader.load('b')),
        outcome(loader.loadMany(['a', 'c'])),
      ]
      await vi.runAllTimersAsync()
      expect(await Promise.all(waiters)).toEqual([{ error: failure }, { error: failure }, { error: failure }])
      expect(fetch).toHaveBeenCalledTimes(1)
    },
  )

  it('rejects every waiter of a failed batch and forgets it, so a later load fetches again', async () => {
    const fetch = vi
      .fn<(ids: string[]) => Promise<unknown>>()
      .mockRejectedValueOnce(new Error('socket closed'))
      .mockResolvedValueOnce([{ userID: 'a', nick: 'Ada' }])
    const loader = loaderWith(fetch, { maxBatchSize: 1 })
    const a = outcome(loader.load('a'))
    await vi.runAllTimersAsync()
    expect(await a).toMatchObject({
      error: { code: 'unknown', message: 'getUserProfiles failed: socket closed' },
    })
    const again = loader.load('a')
    await vi.runAllTimersAsync()
    expect((await again)?.nick).toBe('Ada')
    expect(fetch.mock.calls).toEqual([[['a']], [['a']]])
  })

  it('fails only the batch that failed', async () => {
    const fetch = vi.fn(async (batch: string[]) => {
      if (batch.includes('c')) throw new ProfileError('permission_denied', 'no')
      return batch.map((userID) => ({ userID }))
    })
    const loader = loaderWith(fetch, { maxBatchSize: 2 })
    const [a, b, c] = ['a', 'b', 'c'].map((id) => outcome(loader.load(id)))
    await vi.runAllTimersAsync()
    expect(await a).toMatchObject({ value: { userID: 'a' } })
    expect(await b).toMatchObject({ value: { userID: 'b' } })
    expect(await c).toMatchObject({ error: { code: 'permission_denied' } })
  })

  it('turns a fetch that never settles into a network timeout for every waiter', async () => {
    const fetch = vi.fn(() => new Promise<unknown>(() => {}))
    const loader = loaderWith(fetch, { timeoutMs: 1000, retry: { retries: 0 } })
    const a = outcome(loader.load('a'))
    const b = outcome(loader.load('b'))
    await vi.advanceTimersByTimeAsync(999)
    expect(vi.getTimerCount()).toBe(1)
    await vi.advanceTimersByTimeAsync(1)
    const { error } = (await a) as { error: ProfileError }
    expect(error).toMatchObject({ code: 'network', retryable: true })
    expect(error.message).toContain('getUserProfiles did not answer within 1000 ms')
    expect(await b).toEqual({ error })
  })

  it('rejects a throwing onBatch hook as a ProfileError instead of hanging', async () => {
    const fetch = backend()
    const loader = loaderWith(fetch, {
      onBatch: () => {
        throw new Error('logger down')
      },
    })
    const a = outcome(loader.load('a'))
    await vi.runAllTimersAsync()
    expect(await a).toMatchObject({
      error: { code: 'unknown', message: expect.stringContaining('logger down') },
    })
    expect(fetch).not.toHaveBeenCalled()
  })
})

describe('createProfileLoader: bad input', () => {
  it('rejects blank and non-string IDs without a call', async () => {
    const fetch = backend()
    const loader = loaderWith(fetch)
    await expect(loader.load('  ')).rejects.toMatchObject({ code: 'invalid_argument', field: 'userID' })
    await expect(loader.loadMany(['a', 7 as unknown as string])).rejects.toMatchObject({
      code: 'invalid_argument',
      field: 'userIDs[1]',
      message: 'userIDs[1] must be a non-empty string, got a number (7).',
    })
    await expect(loader.loadMany('a' as unknown as string[])).rejects.toMatchObject({
      field: 'userIDs',
      message: 'userIDs must be an array of user IDs, got a string ("a").',
    })
    await vi.runAllTimersAsync()
    expect(fetch).not.toHaveBeenCalled()
  })

  it('rejects unusable options at creation', () => {
    const fetch = backend()
    expect(() => createProfileLoader({} as ProfileLoaderOptions)).toThrow(
      'fetch must be a function, got undefined.',
    )
    expect(() => loaderWith(fetch, { maxBatchSize: 0 })).toThrow(
      'maxBatchSize must be a whole number >= 1, got a number (0).',
    )
    expect(() => loaderWith(fetch, { maxBatchSize: 2.5 })).toThrow(/maxBatchSize/)
    expect(() => loaderWith(fetch, { windowMs: -1 })).toThrow(/windowMs/)
    expect(() => loaderWith(fetch, { windowMs: Infinity })).toThrow(/windowMs/)
    expect(() => loaderWith(fetch, { timeoutMs: Number.NaN })).toThrow(
      'timeoutMs must be a number >= 0, got a number (NaN).',
    )
    expect(() => loaderWith(fetch, { retry: { retries: -1 } })).toThrow(
      'retry.retries must be a whole number >= 0, got a number (-1).',
    )
    expect(() => loaderWith(fetch, { retry: { maxDelayMs: '8s' as unknown as number } })).toThrow(
      'retry.maxDelayMs must be a number >= 0, got a string ("8s").',
    )
  })
})

describe('createProfileLoader: property', () => {
  const userID = fc.oneof(
    fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'ghost', '__proto__', 'constructor'),
    fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
  )
  const request = fc.oneof(
    userID.map((id) => [id]),
    fc.array(userID, { maxLength: 12 }),
  )

  it('fetches each ID of one window at most once, in ceil(U / maxBatchSize) calls, and settles every waiter', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(request, { minLength: 1, maxLength: 15 }),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom('answer', 'reject', 'not an array'),
        async (requests, maxBatchSize, mode) => {
          const fetch = vi.fn(async (batch: string[]) => {
            if (mode === 'reject') throw new ProfileError('network', 'offline')
            if (mode === 'not an array') return 'nope'
            return batch.filter((id) => id !== 'ghost').map((id) => ({ userID: id }))
          })
          const loader = loaderWith(fetch, { maxBatchSize, retry: { retries: 0 } })
          let settled = 0
          const waiters = requests.map((ids) =>
            outcome<unknown>(ids.length === 1 ? loader.load(ids[0] as string) : loader.loadMany(ids)).finally(
              () => settled++,
            ),
          )
          await vi.runAllTimersAsync()
          await Promise.all(waiters)

          const unique = new Set(requests.flat())
          const fetched = fetch.mock.calls.flatMap(([batch]) => batch)
          expect(settled).toBe(requests.length)
          expect(new Set(fetched).size).toBe(fetched.length)
          expect(new Set(fetched)).toEqual(unique)
          expect(fetch.mock.calls.length).toBe(Math.ceil(unique.size / maxBatchSize))
          expect(fetch.mock.calls.every(([batch]) => batch.length <= maxBatchSize)).toBe(true)
        },
      ),
      { numRuns: 150 },
    )
  })
})
