/** A sliding-window budget of calls: at most `calls` starts within any `perMs` milliseconds. */
export interface RateLimiter {
  /** Milliseconds to wait at `now` before a call may start; `0` when one may start now. */
  delay(now: number): number
  /** Counts a call started at `now`. */
  record(now: number): void
}

/**
 * Tracks the start times of recent calls so that no window of `perMs` ever holds more than
 * `calls` of them (a fixed window would allow twice the budget across its edge). Without a limit
 * every call may start at once.
 *
 * @internal Used by the presence manager.
 * @example
 * ```ts
 * const limiter = createRateLimiter({ calls: 20, perMs: 5_000 })
 * if (limiter.delay(Date.now()) === 0) limiter.record(Date.now())
 * ```
 */
export function createRateLimiter(limit: { calls: number; perMs: number } | undefined): RateLimiter {
  const starts: number[] = []
  const calls = limit && limit.calls >= 1 ? Math.floor(limit.calls) : Infinity
  const perMs = limit?.perMs ?? 0
  return {
    delay(now) {
      if (starts.length < calls) return 0
      // The oldest start of the last `calls` leaves the window `perMs` after it began.
      return Math.max(0, starts[starts.length - calls]! + perMs - now)
    },
    record(now) {
      starts.push(now)
      // Only the last `calls` starts can ever delay a call.
      if (starts.length > calls) starts.splice(0, starts.length - calls)
    },
  }
}
