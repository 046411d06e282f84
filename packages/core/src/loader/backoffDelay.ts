import type { RetryOptions } from './RetryOptions'

/**
 * The wait before retry number `retry` (0 for the first retry): exponential, capped at `maxDelayMs`,
 * with "equal jitter" (between half and all of the step), so clients that failed together do not
 * retry together, yet never sooner than half the step. A backend's `retryAfterMs` wins: it said when
 * to come back.
 *
 * @example
 * ```ts
 * backoffDelay(2, { baseDelayMs: 500, maxDelayMs: 8000 }) // between 1000 and 2000
 * backoffDelay(0, { baseDelayMs: 500, maxDelayMs: 8000 }, 3000) // 3000
 * ```
 */
export function backoffDelay(
  retry: number,
  options: Required<Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs'>>,
  retryAfterMs?: number,
  random: () => number = Math.random,
): number {
  if (retryAfterMs !== undefined && Number.isFinite(retryAfterMs) && retryAfterMs >= 0) return retryAfterMs
  const step = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retry)
  return step / 2 + (random() * step) / 2
}
