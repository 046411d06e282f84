import { afterEach, beforeEach, vi } from 'vitest'
import type { ProfileClientOptions } from '../client/createProfileClient'
import { createChaosAdapter } from './createChaosAdapter'
import { createSeededRandom } from './createSeededRandom'

/** Short timeouts and retries, so a chaos run meets many of them in little fake time. */
export const CHAOS_CLIENT_OPTIONS = {
  timeoutMs: 200,
  eventCoalesceMs: 8,
  retry: { retries: 2, baseDelayMs: 5, maxDelayMs: 20 },
} satisfies ProfileClientOptions

/**
 * Runs every test of the calling `describe` on fake timers and collects the unhandled rejections
 * each one causes, for the test to assert that there were none.
 */
export function collectUnhandledRejections(): readonly unknown[] {
  const rejections: unknown[] = []
  const onRejection = (reason: unknown) => rejections.push(reason)
  beforeEach(() => {
    vi.useFakeTimers()
    rejections.length = 0
    process.on('unhandledRejection', onRejection)
  })
  afterEach(() => {
    process.off('unhandledRejection', onRejection)
    vi.useRealTimers()
  })
  return rejections
}

/**
 * A chaos backend over `userIDs` and the random source of its run, both from `seed`. The kit's own
 * randomness (backoff jitter) follows the seed too, so a failing seed replays exactly.
 */
export function seededChaos(seed: number, userIDs: readonly string[]) {
  const random = createSeededRandom(seed)
  vi.spyOn(Math, 'random').mockImplementation(createSeededRandom(seed + 1))
  return { random, adapter: createChaosAdapter({ random, userIDs }) }
}
