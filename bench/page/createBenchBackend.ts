import { type MemoryAdapter, type ProfileAdapter } from '@profile-kit/core'
import { createMemoryAdapter } from '@profile-kit/core/vanilla'
import { createLimiter } from './createLimiter'
import { ME, SEED_PROFILES } from './scenario'

/** A backend every variant can use: the kit's adapter contract plus the change events baselines wire up. */
export type BenchAdapter = ProfileAdapter & Pick<MemoryAdapter, 'subscribe'>

/** A fresh backend for one scenario run, with the handles the bench measures through. */
export interface BenchBackend {
  adapter: BenchAdapter
  /** The memory adapter behind it, to simulate changes from another device. */
  memory: MemoryAdapter
  /** Adapter calls made so far (`getUserProfiles` and `getMyProfile`). */
  calls: { count: number }
}

/** The slow network of the time-to-names scenario: 50 ms + 0.2 ms per requested ID, 6 calls in flight. */
export const SLOW_NETWORK = { baseMs: 50, perIdMs: 0.2, maxInFlight: 6 } as const

/**
 * A memory adapter seeded with the scenario's users, counting every call. With `slow`, each
 * `getUserProfiles` answers after {@link SLOW_NETWORK}'s delay, with at most 6 calls in flight and
 * the rest queued, as a browser does with one API host.
 *
 * @example
 * ```ts
 * const backend = createBenchBackend({ slow: true })
 * backend.memory.simulateRemoteChange('user-007', { nick: 'Renamed' })
 * ```
 */
export function createBenchBackend({ slow }: { slow: boolean }): BenchBackend {
  const memory = createMemoryAdapter({ me: ME, profiles: SEED_PROFILES })
  const calls = { count: 0 }
  const limit = createLimiter(SLOW_NETWORK.maxInFlight)
  const delay = (ids: number) =>
    new Promise<void>((resolve) => setTimeout(resolve, SLOW_NETWORK.baseMs + SLOW_NETWORK.perIdMs * ids))
  const adapter: BenchAdapter = {
    schema: memory.schema,
    getMyProfile() {
      calls.count++
      return memory.getMyProfile()
    },
    getUserProfiles(userIDs) {
      calls.count++
      if (!slow) return memory.getUserProfiles(userIDs)
      return limit(async () => {
        await delay(userIDs.length)
        return memory.getUserProfiles(userIDs)
      })
    },
    updateMyProfile: (patch) => memory.updateMyProfile(patch),
    subscribe: (onChange, onReset) => memory.subscribe(onChange, onReset),
  }
  return { adapter, memory, calls }
}
