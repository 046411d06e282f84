import {
  createVendorErrorMapper,
  type ProfileError,
  type VendorErrorMapping as Mapping,
} from '@profile-kit/core/vanilla'

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
  [2700, { code: 'permission_denied', hint: 'only friends have remarks; add the user as a friend first' }],
  [40004, PERMISSION],
  [40007, PERMISSION],
  [40008, PERMISSION],
  [70001, { code: 'permission_denied', hint: 'the UserSig expired or is invalid; log in again' }],
  // User status (presence) needs a paid edition (else the SDK refuses with 3122) and the console switch
  // "Set user status query and status change notification" (else the server answers 72001).
  [3122, { code: 'permission_denied', hint: 'user status needs a Chat edition that includes it' }],
  [72001, { code: 'permission_denied', hint: 'turn on user status in the Chat console' }],
  [3123, { code: 'content_rejected', hint: 'the content was blocked by moderation; change it' }],
  [40005, { code: 'content_rejected', hint: 'the content was blocked by moderation; change it' }],
  [2996, { code: 'rate_limited', hint: 'too many requests; the kit retries later' }],
  // The server (or the SDK, remembering the server's overload notice) sheds load: back off.
  [60022, { code: 'rate_limited', hint: 'the service is overloaded; the kit retries later' }],
  // A JavaScript error inside the SDK: retrying would hit it again.
  [2903, { code: 'unknown', hint: 'the SDK hit an internal error; see the cause' }],
  [2800, NETWORK],
  [2801, NETWORK],
  [2805, NETWORK],
] satisfies Array<[number, Mapping]>)

const mapTencentError = createVendorErrorMapper({ vendor: 'Tencent Cloud Chat', codes: TENCENT_ERROR_CODES })

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
  return mapTencentError(error, operation)
}
