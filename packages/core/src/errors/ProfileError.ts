/** Why a profile operation failed. */
export type ProfileErrorCode =
  | 'invalid_argument'
  | 'not_ready'
  | 'not_found'
  | 'permission_denied'
  | 'content_rejected'
  | 'rate_limited'
  | 'network'
  | 'unknown'

/** Codes worth retrying: the same request may succeed later. */
const RETRYABLE: ReadonlySet<ProfileErrorCode> = new Set(['network', 'rate_limited'])

export interface ProfileErrorOptions {
  /** The patch field or hook argument at fault, e.g. `'nick'`, `'customFields.team'`, `'userIDs[2]'`. */
  field?: string
  /** The backend's own error code, kept for logs and support tickets. */
  vendorCode?: number | string
  /** For `rate_limited`: how long the backend asked to wait. */
  retryAfterMs?: number
  /** The original error. */
  cause?: unknown
}

/**
 * The one error type every hook, adapter and validator of the kit produces.
 *
 * @example
 * ```ts
 * if (error instanceof ProfileError && error.code === 'invalid_argument') showHint(error.field)
 * ```
 */
export class ProfileError extends Error {
  override readonly name = 'ProfileError'
  // `declare`: the constructor assigns these; no class-field initializers to ship.
  declare readonly code: ProfileErrorCode
  declare readonly field: string | undefined
  declare readonly vendorCode: number | string | undefined
  declare readonly retryAfterMs: number | undefined
  /** `true` for `network` and `rate_limited`: the kit retries these with backoff. */
  declare readonly retryable: boolean

  constructor(code: ProfileErrorCode, message: string, options: ProfileErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.code = code
    this.field = options.field
    this.vendorCode = options.vendorCode
    this.retryAfterMs = options.retryAfterMs
    this.retryable = RETRYABLE.has(code)
  }
}

/** `true` when `value` is a {@link ProfileError}, also across bundle copies. */
export function isProfileError(value: unknown): value is ProfileError {
  return (
    value instanceof ProfileError ||
    (value instanceof Error && value.name === 'ProfileError' && 'code' in value)
  )
}

/**
 * Wraps anything thrown by an adapter or SDK as a {@link ProfileError} (`unknown` unless it already is one).
 *
 * @example
 * ```ts
 * try { await sdk.call() } catch (e) { throw toProfileError(e, 'getUserProfiles failed') }
 * ```
 */
export function toProfileError(error: unknown, context = 'Profile request failed'): ProfileError {
  if (isProfileError(error)) return error
  const detail = error instanceof Error ? error.message : typeof error === 'string' ? error : ''
  return new ProfileError('unknown', detail ? `${context}: ${detail}` : context, { cause: error })
}
