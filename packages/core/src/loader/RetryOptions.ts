import { ProfileError } from '../errors/ProfileError'

/**
 * How retryable failures (`network`, `rate_limited`, timeouts) are retried. Every field is optional.
 *
 * @example
 * ```ts
 * const retry: RetryOptions = { retries: 5, baseDelayMs: 250, maxDelayMs: 4000 }
 * ```
 */
export interface RetryOptions {
  /** Retries after the first attempt. Defaults to `3`; `0` turns retrying off. */
  retries?: number
  /** Delay before the first retry, doubled for each further one. Defaults to `500`. */
  baseDelayMs?: number
  /** Upper bound of any computed delay (not of a backend's `retryAfterMs`). Defaults to `8000`. */
  maxDelayMs?: number
}

const DEFAULTS: Required<RetryOptions> = { retries: 3, baseDelayMs: 500, maxDelayMs: 8000 }

/** Fills the defaults and rejects values that would retry forever or never wait. */
export function resolveRetryOptions(options: RetryOptions = {}): Required<RetryOptions> {
  const resolved = { ...DEFAULTS }
  for (const key of ['retries', 'baseDelayMs', 'maxDelayMs'] as const) {
    const value = options[key]
    if (value === undefined) continue
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new ProfileError(
        'invalid_argument',
        `retry.${key} must be a finite number >= 0, got ${String(value)}`,
        {
          field: `retry.${key}`,
        },
      )
    }
    resolved[key] = key === 'retries' ? Math.floor(value) : value
  }
  return resolved
}
