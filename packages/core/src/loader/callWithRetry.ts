import { isProfileError, ProfileError, toProfileError } from '../errors/ProfileError'
import { backoffDelay } from './backoffDelay'
import { resolveRetryOptions, type RetryOptions } from './RetryOptions'
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
  const retry = resolveRetryOptions(options.retry)
  const timeoutMs = resolveTimeout(options.timeoutMs)
  for (let attempt = 0; ; attempt++) {
    try {
      return await withTimeout(invoke(fn, options.label), timeoutMs, options.label)
    } catch (caught) {
      const error = toProfileError(caught, `${options.label} failed`)
      if (!error.retryable || attempt >= retry.retries) throw error
      await sleep(backoffDelay(attempt, retry, error.retryAfterMs))
    }
  }
}

function resolveTimeout(timeoutMs: number | undefined): number {
  if (timeoutMs === undefined) return DEFAULT_TIMEOUT_MS
  if (typeof timeoutMs === 'number' && timeoutMs >= 0) return timeoutMs
  throw new ProfileError(
    'invalid_argument',
    `timeoutMs must be a number >= 0 (0 or Infinity: no timeout), got ${String(timeoutMs)}`,
    {
      field: 'timeoutMs',
    },
  )
}

/** Turns a synchronous throw into a rejection that says how to fix the adapter. */
function invoke<T>(fn: () => Promise<T>, label: string): Promise<T> {
  try {
    return Promise.resolve(fn())
  } catch (caught) {
    return Promise.reject(synchronousThrow(caught, label))
  }
}

function synchronousThrow(caught: unknown, label: string): ProfileError {
  if (isProfileError(caught)) return caught
  return toProfileError(
    caught,
    `${label} threw instead of returning a Promise (make it async or return a rejected Promise)`,
  )
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
