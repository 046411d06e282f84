import { afterEach, beforeEach, expect, vi } from 'vitest'

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
