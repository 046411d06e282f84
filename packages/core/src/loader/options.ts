import { invalidArgument } from '../errors/invalidArgument'

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

const RETRY_DEFAULTS: Required<RetryOptions> = { retries: 3, baseDelayMs: 500, maxDelayMs: 8000 }

/** Fills the defaults and rejects values that would retry forever or never wait. */
export function resolveRetryOptions(options?: RetryOptions): Required<RetryOptions> {
  const resolved = { ...RETRY_DEFAULTS }
  for (const key of Object.keys(RETRY_DEFAULTS) as Array<keyof RetryOptions>) {
    resolved[key] = numberOption(`retry.${key}`, options?.[key], {
      fallback: RETRY_DEFAULTS[key],
      // A count of retries is whole; a fraction of one has no meaning.
      whole: key === 'retries',
    })
  }
  return resolved
}

/** What {@link numberOption} accepts for one option. */
export interface NumberOptionRule {
  /** The value when the option is left out. */
  fallback: number
  /** Smallest accepted value. Defaults to `0`. */
  min?: number
  /** Accept whole numbers only. Defaults to `false`. */
  whole?: boolean
}

/**
 * Reads one numeric option: `fallback` when it is left out, else a number of at least `min`
 * (whole when `whole` is set). `NaN` and `Infinity` never pass: they would retry, or wait, forever.
 *
 * @example
 * ```ts
 * numberOption('maxBatchSize', undefined, { fallback: 100, min: 1, whole: true }) // 100
 * numberOption('windowMs', -1, { fallback: 0 }) // throws invalid_argument: "windowMs must be a number >= 0, got a number (-1)."
 * ```
 * @throws {ProfileError} `invalid_argument` naming `field`.
 * @internal
 */
export function numberOption(
  field: string,
  value: unknown,
  { fallback, min = 0, whole = false }: NumberOptionRule,
): number {
  const option = value ?? fallback
  const finite = typeof option === 'number' && (whole ? Number.isInteger(option) : option < Infinity)
  if (finite && option >= min) return option
  throw invalidArgument(field, option, `a ${whole ? 'whole ' : ''}number >= ${min}`)
}
