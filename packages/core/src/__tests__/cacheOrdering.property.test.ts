import { QueryClient } from '@tanstack/react-query'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ProfileAdapter } from '../adapter/ProfileAdapter'
import { createProfileClient } from '../client/createProfileClient'
import { profileKeys } from '../client/profileKeys'
import { readProfile } from '../client/readProfile'
import { ProfileError } from '../errors/ProfileError'
import { normalizeProfile } from '../model/normalizeProfile'
import type { Profile, ProfileChange } from '../model/profile'

const USERS = ['a', 'b'] as const

/** One thing that happens to the backend or the kit, aimed at a user and a pending item by index. */
const step = fc.record({
  kind: fc.constantFrom(
    'change',
    'change',
    'deliver',
    'deliver',
    'replayOld',
    'fetch',
    'answer',
    'answer',
    'fail',
  ),
  // Mostly one user, so that sequences aimed at one entry are common; the other shares batches.
  user: fc.constantFrom('a', 'a', 'a', 'b'),
  pick: fc.nat(),
  partial: fc.boolean(),
})

/**
 * A backend for one property run: every change is stamped from one clock and queued as an event
 * that the run delivers when it likes; every fetch is answered (or failed) when the run likes,
 * with what the backend held when the call was made.
 */
function scriptedBackend() {
  let clock = 0
  const history = new Map<string, Profile[]>()
  const write = (userID: string) => {
    const versions = history.get(userID) ?? []
    const profile = normalizeProfile({ userID, nick: `${userID} v${versions.length}`, updatedAt: ++clock })
    history.set(userID, [...versions, profile])
    return profile
  }
  USERS.forEach(write)
  const truth = (userID: string) => history.get(userID)?.at(-1) as Profile
  const events: ProfileChange[] = []
  const calls: Array<{ answer: () => void; fail: () => void }> = []
  let emit: (changes: ProfileChange[]) => void = () => {}
  const adapter: ProfileAdapter = {
    getMyProfile: async () => truth('a'),
    updateMyProfile: async () => undefined,
    getUserProfiles(userIDs) {
      const snapshot = userIDs.map(truth)
      return new Promise((resolve, reject) =>
        calls.push({
          answer: () => resolve(snapshot),
          fail: () => reject(new ProfileError('permission_denied', 'scripted failure')),
        }),
      )
    },
    subscribe(onChange) {
      emit = onChange
      return () => {}
    },
  }
  const take = <T>(list: T[], pick: number) => list.splice(pick % list.length, 1)[0] as T
  return {
    adapter,
    truth,
    hadVersion: (profile: Profile) =>
      (history.get(profile.userID) ?? []).some(
        (v) => v.updatedAt === profile.updatedAt && v.nick === profile.nick,
      ),
    change(userID: string, partial: boolean) {
      const profile = write(userID)
      events.push(partial ? { userID, nick: profile.nick, updatedAt: profile.updatedAt } : profile)
    },
    deliver: (pick: number) => events.length > 0 && emit([take(events, pick)]),
    replayOld(userID: string, pick: number) {
      const versions = history.get(userID) ?? []
      emit([versions[pick % versions.length] as Profile])
    },
    answer: (pick: number) => calls.length > 0 && take(calls, pick).answer(),
    fail: (pick: number) => calls.length > 0 && take(calls, pick).fail(),
    drain() {
      while (events.length > 0) emit([take(events, 0)])
      while (calls.length > 0) take(calls, 0).answer()
    },
  }
}

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
})

describe('the cache under any order of answers and events (property, seeded)', () => {
  it('never moves a user’s entry back in time, holds only versions the backend had, and ends on the backend’s truth once every event and answer has arrived', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 10, maxLength: 40, size: 'max' }), async (steps) => {
        const backend = scriptedBackend()
        const queryClient = new QueryClient()
        const client = createProfileClient(backend.adapter, queryClient, {
          eventCoalesceMs: 0,
          retry: { retries: 0 },
        })
        const disconnect = client.connect()
        const entry = (userID: string) => readProfile(queryClient.getQueryData(profileKeys.user(userID)))
        const highest = new Map<string, number>()

        for (const { kind, user, pick, partial } of steps) {
          if (kind === 'change') backend.change(user, partial)
          else if (kind === 'deliver') backend.deliver(pick)
          else if (kind === 'replayOld') backend.replayOld(user, pick)
          else if (kind === 'answer') backend.answer(pick)
          else if (kind === 'fail') backend.fail(pick)
          else void queryClient.fetchQuery({ ...client.userQuery(user), staleTime: 0 }).catch(() => undefined)
          await vi.advanceTimersByTimeAsync(1)
          for (const userID of USERS) {
            const profile = entry(userID)
            if (!profile) continue
            expect(profile.updatedAt, `${userID} went back in time`).toBeGreaterThanOrEqual(
              highest.get(userID) ?? 0,
            )
            expect(backend.hadVersion(profile), JSON.stringify(profile)).toBe(true)
            highest.set(userID, profile.updatedAt)
          }
        }

        backend.drain()
        await vi.advanceTimersByTimeAsync(10)
        for (const userID of USERS) {
          const profile = entry(userID)
          if (profile) expect(profile, `${userID} did not converge`).toEqual(backend.truth(userID))
        }
        disconnect()
        queryClient.clear()
      }),
      { seed: 1701, numRuns: 300 },
    )
  })
})
