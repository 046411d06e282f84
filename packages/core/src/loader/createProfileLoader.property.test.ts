import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { isProfileError, ProfileError, type ProfileErrorCode } from '../errors/ProfileError'
import type { Profile } from '../model/profile'
import { createProfileLoader } from './createProfileLoader'
import { installFakeRetryTimers } from './__tests__/installFakeRetryTimers'

installFakeRetryTimers()

/** How the backend treats one batch, on every attempt. */
const MODES = ['answer', 'permanent', 'flaky', 'notArray', 'throws', 'hangs'] as const
type Mode = (typeof MODES)[number]
/** The attempts each mode costs with one retry, and how its waiters end. */
const EXPECTED: Record<Mode, { attempts: number; code?: ProfileErrorCode }> = {
  answer: { attempts: 1 },
  flaky: { attempts: 2 }, // a network failure, then the answer
  permanent: { attempts: 1, code: 'permission_denied' },
  notArray: { attempts: 1, code: 'unknown' },
  throws: { attempts: 1, code: 'unknown' },
  hangs: { attempts: 2, code: 'network' }, // timed out twice
}

const userID = fc.oneof(
  fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'ghost-1', 'ghost-2', '__proto__', 'constructor'),
  fc.string({ minLength: 1, maxLength: 6 }).filter((id) => id.trim() !== ''),
)
const request = fc.record({
  ids: fc.oneof(
    userID.map((id) => [id]),
    fc.array(userID, { minLength: 0, maxLength: 10 }),
  ),
  single: fc.boolean(),
  /** When, within the window, the request is made. */
  at: fc.nat(),
})

/** A stable mode per batch, picked by its first ID, so shrinking keeps each batch's fate. */
function modeOf(batch: readonly string[], salt: number): Mode {
  let hash = salt
  for (const char of batch[0] ?? '') hash = (hash * 31 + char.charCodeAt(0)) >>> 0
  return MODES[hash % MODES.length] as Mode
}

describe('createProfileLoader (property, seeded)', () => {
  it('for any requests within one window: each ID in one batch, ceil(U / maxBatchSize) batches, retried batches keep their IDs, and every waiter gets its own profiles or its batch’s error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(request, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom(0, 10, 50),
        fc.nat(),
        async (requests, maxBatchSize, windowMs, salt) => {
          const attempts = new Map<string, number>()
          const fetch = vi.fn((batch: string[]): Promise<unknown> => {
            const key = JSON.stringify(batch)
            const attempt = (attempts.get(key) ?? 0) + 1
            attempts.set(key, attempt)
            switch (modeOf(batch, salt)) {
              case 'permanent':
                return Promise.reject(new ProfileError('permission_denied', 'no'))
              case 'flaky':
                if (attempt === 1) return Promise.reject(new ProfileError('network', 'offline'))
                break
              case 'notArray':
                return Promise.resolve({ profiles: batch })
              case 'throws':
                throw new TypeError('sdk exploded')
              case 'hangs':
                return new Promise(() => {})
            }
            const found = batch
              .filter((id) => !id.startsWith('ghost'))
              .map((id) => ({ userID: id, nick: `n:${id}` }))
            return Promise.resolve([...found].reverse())
          })
          const loader = createProfileLoader({
            fetch,
            maxBatchSize,
            windowMs,
            timeoutMs: 100,
            retry: { retries: 1, baseDelayMs: 10 },
          })

          const outcomes: Array<Promise<{ value?: unknown; error?: unknown }>> = []
          const start = (index: number) => {
            const { ids, single } = requests[index] as (typeof requests)[number]
            const promise: Promise<unknown> =
              single && ids.length === 1 ? loader.load(ids[0] as string) : loader.loadMany(ids)
            outcomes[index] = promise.then(
              (value) => ({ value }),
              (error: unknown) => ({ error }),
            )
          }
          // The first request opens the window; the others arrive while it is open.
          requests.forEach(({ at }, index) => {
            if (index === 0 || windowMs === 0) start(index)
            else setTimeout(() => start(index), at % windowMs)
          })
          await vi.runAllTimersAsync()
          const settled = await Promise.all(outcomes)

          // Each ID went into exactly one batch; the batches respect maxBatchSize.
          const batches = [...attempts.keys()].map((key) => JSON.parse(key) as string[])
          const unique = new Set(requests.flatMap((r) => r.ids))
          const batched = batches.flat()
          expect(new Set(batched).size).toBe(batched.length)
          expect(new Set(batched)).toEqual(unique)
          expect(batches.length).toBe(Math.ceil(unique.size / maxBatchSize))
          expect(batches.every((batch) => batch.length >= 1 && batch.length <= maxBatchSize)).toBe(true)
          // A retried batch is retried as a whole, once per attempt.
          for (const batch of batches) {
            expect(attempts.get(JSON.stringify(batch)), batch.join()).toBe(
              EXPECTED[modeOf(batch, salt)].attempts,
            )
          }

          // Every waiter settled with its own profiles, or with the error of a batch it waited on.
          const batchOf = new Map(batches.flatMap((batch) => batch.map((id) => [id, batch] as const)))
          expect(settled).toHaveLength(requests.length)
          settled.forEach((outcome, index) => {
            const { ids, single } = requests[index] as (typeof requests)[number]
            const failures = ids
              .map((id) => EXPECTED[modeOf(batchOf.get(id) as string[], salt)].code)
              .filter((code) => code !== undefined)
            if (failures.length > 0) {
              expect(isProfileError(outcome.error), JSON.stringify(outcome)).toBe(true)
              expect(failures).toContain((outcome.error as ProfileError).code)
              return
            }
            const expected = ids.map((id) => (id.startsWith('ghost') ? null : `n:${id}`))
            const profiles = (
              single && ids.length === 1 ? [outcome.value] : outcome.value
            ) as Array<Profile | null>
            expect(profiles.map((profile) => (profile ? profile.nick : null))).toEqual(expected)
            profiles.forEach((profile, at) => profile && expect(profile.userID).toBe(ids[at]))
          })
        },
      ),
      { seed: 8675309, numRuns: 200 },
    )
  })

  it('never fetches an ID again while its batch is in flight, across windows', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(userID, { minLength: 1, maxLength: 6 }), { minLength: 2, maxLength: 5 }),
        async (waves) => {
          const answers: Array<() => void> = []
          const fetch = vi.fn(
            (batch: string[]) =>
              new Promise<unknown>((resolve) =>
                answers.push(() => resolve(batch.map((id) => ({ userID: id })))),
              ),
          )
          const loader = createProfileLoader({ fetch, maxBatchSize: 100, timeoutMs: 0 })
          const loads: Array<Promise<unknown>> = []
          for (const wave of waves) {
            loads.push(loader.loadMany(wave))
            await vi.advanceTimersByTimeAsync(0)
          }
          const fetched = fetch.mock.calls.flatMap(([batch]) => batch)
          expect(new Set(fetched).size).toBe(fetched.length)
          expect(new Set(fetched)).toEqual(new Set(waves.flat()))
          answers.forEach((answer) => answer())
          const results = (await Promise.all(loads)) as Array<Array<Profile | null>>
          results.forEach((profiles, index) =>
            expect(profiles.map((profile) => profile?.userID)).toEqual(waves[index]),
          )
        },
      ),
      { seed: 42, numRuns: 200 },
    )
  })
})
