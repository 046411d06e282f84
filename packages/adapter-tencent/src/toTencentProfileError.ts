import { isProfileError, ProfileError, type ProfileErrorCode } from '@profile-kit/core/vanilla'

interface Mapping {
  code: ProfileErrorCode
  /** What the user or developer can do about it. */
  hint: string
}

const NOT_READY: Mapping = {
  code: 'not_ready',
  hint: 'log in and wait for TencentCloudChat.EVENT.SDK_READY before loading or saving profiles',
}
const INVALID: Mapping = { code: 'invalid_argument', hint: 'check the values against the adapter schema' }
const PERMISSION: Mapping = { code: 'permission_denied', hint: 'this account may not change that profile' }
const NETWORK: Mapping = { code: 'network', hint: 'check the connection; the kit retries' }

// Tencent Cloud Chat error codes and what the kit makes of them; codes not listed become `unknown`.
// The SDK's message text is downloaded at run time (empty offline): only the code is reliable.
const TENCENT_ERROR_CODES: ReadonlyMap<number, Mapping> = new Map([
  [2024, NOT_READY],
  [3000, NOT_READY],
  [3001, NOT_READY],
  [3002, NOT_READY],
  [3003, NOT_READY],
  [3004, NOT_READY],
  [3005, NOT_READY],
  [3006, NOT_READY],
  [2721, { code: 'invalid_argument', hint: 'the SDK rejected the update options' }],
  [2722, INVALID],
  [40001, INVALID],
  [40002, INVALID],
  [40601, { code: 'invalid_argument', hint: 'a value is longer than 500 bytes' }],
  [40605, INVALID],
  [40610, INVALID],
  [
    40009,
    {
      code: 'invalid_argument',
      hint: 'a custom field is not configured; add it in the Chat console (user custom fields) first',
    },
  ],
  [40003, { code: 'not_found', hint: 'the user does not exist' }],
  [40004, PERMISSION],
  [40007, PERMISSION],
  [40008, PERMISSION],
  [70001, { code: 'permission_denied', hint: 'the UserSig expired or is invalid; log in again' }],
  [3123, { code: 'content_rejected', hint: 'the content was blocked by moderation; change it' }],
  [40005, { code: 'content_rejected', hint: 'the content was blocked by moderation; change it' }],
  [2996, { code: 'rate_limited', hint: 'too many requests; the kit retries later' }],
  [2800, NETWORK],
  [2801, NETWORK],
  [2805, NETWORK],
] satisfies Array<[number, Mapping]>)

/**
 * Any rejection of the Tencent SDK as a {@link ProfileError}, the SDK's code kept as `vendorCode`
 * (retryable follows the kit code: `network` and `rate_limited`).
 *
 * @example
 * ```ts
 * try { await chat.getMyProfile() } catch (e) { throw toTencentProfileError(e, 'getMyProfile') }
 * // ProfileError { code: 'not_ready', vendorCode: 2024, ... } before SDK_READY
 * ```
 */
export function toTencentProfileError(error: unknown, operation: string): ProfileError {
  if (isProfileError(error)) return error
  const vendorCode = readCode(error)
  const mapping = vendorCode === undefined ? undefined : TENCENT_ERROR_CODES.get(vendorCode)
  const detail = readMessage(error)
  const hint = mapping?.hint ?? 'see the cause for details'
  const code = vendorCode === undefined ? '' : ` (code ${vendorCode})`
  const message = `Tencent Cloud Chat ${operation} failed${code}: ${hint}.${detail ? ` SDK says: ${detail}` : ''}`
  return new ProfileError(mapping?.code ?? 'unknown', message, {
    ...(vendorCode === undefined ? {} : { vendorCode }),
    cause: error,
  })
}

function readCode(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined
  const { code } = error
  if (typeof code === 'number') return Number.isInteger(code) ? code : undefined
  return typeof code === 'string' && /^-?\d+$/.test(code) ? Number(code) : undefined
}

function readMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  if (
    typeof error === 'object' &&
    error !== null &&
    'message' in error &&
    typeof error.message === 'string'
  ) {
    return error.message
  }
  return typeof error === 'string' ? error : ''
}
