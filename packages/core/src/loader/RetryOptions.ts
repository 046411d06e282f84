import { numberOption } from './numberOption'

/**
 * How retryable failures (`network`, `rate_limited`, timeouts) are retried. Every field is optional.
 *
 * @example
 * ```ts
 * const retry: RetryOptions = { retries: 5, baseDelayMs: 250, maxDelayMs: 4000 }
 * ```
 */
export interface RetryOptions {
  /** Retries after the first attempt, a whole number. Defaults to `3`; `0` turns retrying off. */
  retries?: number
  /** Delay before the first retry, doubled for each further one. Defaults to `500`. */
  baseDelayMs?: number
  /** Upper bound of any computed delay (not of a backend's `retryAfterMs`). Defaults to `8000`. */
  maxDelayMs?: number
}

const DEFAULTS: Required<RetryOptions> = { retries: 3, baseDelayMs: 500, maxDelayMs: 8000 }

/** Fills the defaults and rejects values that would retry forever or never wait. */
export function resolveRetryOptions(options?: RetryOptions): Required<RetryOptions> {
  const resolved = { ...DEFAULTS }
  for (const key of Object.keys(DEFAULTS) as Array<keyof RetryOptions>) {
    // A count of retries is whole; a fraction of one has no meaning.
    resolved[key] = numberOption(`retry.${key}`, options?.[key], DEFAULTS[key], 0, key === 'retries')
  }
  return resolved
}
