import { afterEach, beforeEach, expect, vi, type Mock } from 'vitest'

/**
 * Fake timers for a loader test file, with backoff jitter at its lower bound (the first retry
 * waits half the base delay), and a check after each test that no timer was left running.
 */
export function installFakeRetryTimers(): void {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.spyOn(Math, 'random').mockReturnValue(0)
  })
  afterEach(() => {
    expect(vi.getTimerCount(), 'timers left running').toBe(0)
    vi.useRealTimers()
  })
}

/**
 * Advances fake time step by step and checks how many calls `fn` has had after each step:
 * `[[249, 1], [1, 2]]` reads "249 ms on, still 1 call; 1 ms later, 2".
 */
export async function expectCallsOverTime(
  fn: Mock,
  timeline: ReadonlyArray<readonly [advanceMs: number, calls: number]>,
): Promise<void> {
  let elapsed = 0
  for (const [advanceMs, calls] of timeline) {
    await vi.advanceTimersByTimeAsync(advanceMs)
    elapsed += advanceMs
    expect(fn, `calls after ${elapsed} ms`).toHaveBeenCalledTimes(calls)
  }
}
