import { toProfileError } from '../errors/ProfileError'
import { numberOption, resolveRetryOptions, type RetryOptions } from './options'
import { withTimeout } from './withTimeout'

/** Options of {@link callWithRetry}. */
export interface CallWithRetryOptions {
  /** Names the call in error messages, e.g. `'getMyProfile'`. */
  label: string
  /** Backoff settings; only `retryable` errors (`network`, `rate_limited`, timeouts) are retried. */
  retry?: RetryOptions
  /** Per attempt: an attempt unsettled by then fails as `network`. Defaults to `20000`; `0` or `Infinity`: no limit. */
  timeoutMs?: number
}

/** Default of {@link CallWithRetryOptions.timeoutMs}. */
export const DEFAULT_TIMEOUT_MS = 20_000

/**
 * Calls `fn` until it resolves, retrying `retryable` {@link ProfileError}s with exponential backoff
 * and jitter, honouring the backend's `retryAfterMs`. Anything else rejects at once. Every rejection
 * is a `ProfileError`: foreign errors are wrapped once as `unknown` ("<label> failed: ..."),
 * `ProfileError`s pass through unchanged.
 *
 * @example
 * ```ts
 * const me = await callWithRetry(() => adapter.getMyProfile(), { label: 'getMyProfile' })
 * ```
 */
export async function callWithRetry<T>(fn: () => Promise<T>, options: CallWithRetryOptions): Promise<T> {
  const { label } = options
  const retry = resolveRetryOptions(options.retry)
  const timeoutMs = resolveTimeout(options.timeoutMs)
  for (let attempt = 0; ; attempt++) {
    try {
      let answer: Promise<T>
      try {
        answer = Promise.resolve(fn())
      } catch (thrown) {
        throw toProfileError(
          thrown,
          `${label} threw instead of returning a Promise (make it async or return a rejected Promise)`,
        )
      }
      return await withTimeout(answer, timeoutMs, label)
    } catch (caught) {
      const error = toProfileError(caught, `${label} failed`)
      if (!error.retryable || attempt >= retry.retries) throw error
      // Exponential, capped, with "equal jitter" (half to all of the step), so clients that failed
      // together do not retry together. A usable `retryAfterMs` from the backend wins: it said when.
      const step = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** attempt)
      const after = error.retryAfterMs ?? -1
      const delay = after >= 0 && after < Infinity ? after : (step + Math.random() * step) / 2
      await new Promise((resolve) => setTimeout(resolve, delay))
    }
  }
}

/**
 * Reads a `timeoutMs` option: {@link DEFAULT_TIMEOUT_MS} when left out, `0` (no limit) for `Infinity`.
 *
 * @throws {ProfileError} `invalid_argument` for anything but a number >= 0.
 * @internal Also used by {@link createProfileLoader} to check its options at creation.
 */
export function resolveTimeout(timeoutMs: number | undefined): number {
  return numberOption('timeoutMs', timeoutMs === Infinity ? 0 : timeoutMs, { fallback: DEFAULT_TIMEOUT_MS })
}
