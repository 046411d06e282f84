import {
  createVendorErrorMapper,
  type ProfileError,
  type VendorErrorMapping as Mapping,
} from '@profile-kit/core/vanilla'

const NOT_LOGGED_IN: Mapping = {
  code: 'not_ready',
  hint: 'log in with nim.V2NIMLoginService.login(...) before loading or saving profiles',
}
const INVALID: Mapping = { code: 'invalid_argument', hint: 'check the values against the adapter schema' }
const NETWORK: Mapping = { code: 'network', hint: 'check the connection; the kit retries' }
const PERMISSION: Mapping = { code: 'permission_denied', hint: 'this account may not do that' }
const NOT_FOUND: Mapping = { code: 'not_found', hint: 'the user does not exist' }

// NetEase error codes and what the kit makes of them; codes not listed become `unknown`.
const NIM_ERROR_CODES: ReadonlyMap<number, Mapping> = new Map([
  [190002, NOT_LOGGED_IN],
  [
    191001,
    {
      code: 'unknown',
      hint: "the SDK was misused; create the instance with apiVersion: 'v2' for the V2 user API",
    },
  ],
  [191004, INVALID],
  [414, INVALID],
  [191005, { code: 'network', hint: 'the request timed out; the kit retries' }],
  [192001, NETWORK],
  [192002, NETWORK],
  [192003, NETWORK],
  [192004, NETWORK],
  [192005, NETWORK],
  // "request failed": the SDK's own request (1920xx is its connection range) got no usable answer.
  [192006, NETWORK],
  [503, { code: 'network', hint: 'the service is temporarily unavailable; the kit retries' }],
  // V2NIM_ERROR_CODE_SERVICE_UNAVAILABLE in the SDK's table: a server-side outage, worth retrying.
  [514, { code: 'network', hint: 'the service is temporarily unavailable; the kit retries' }],
  [416, { code: 'rate_limited', hint: 'too many requests; the kit retries later' }],
  [403, PERMISSION],
  [104404, { code: 'permission_denied', hint: 'only friends have aliases; add the user as a friend first' }],
  [102421, PERMISSION],
  [102422, PERMISSION],
  [404, NOT_FOUND],
  [102404, NOT_FOUND],
  [103404, NOT_FOUND],
  [103451, { code: 'content_rejected', hint: 'the content was blocked by moderation; change it' }],
  [500, { code: 'unknown', hint: 'the NetEase server failed' }],
] satisfies Array<[number, Mapping]>)

const mapNimError = createVendorErrorMapper({
  vendor: 'NetEase IM',
  codes: NIM_ERROR_CODES,
  // A V2NIMError carries its text in `desc`; other rejections in `message`.
  detailFields: ['desc', 'message'],
})

/**
 * Any rejection of the NetEase SDK (a `V2NIMError { code, desc, detail }`) as a
 * {@link ProfileError}, the SDK's code kept as `vendorCode`.
 *
 * @example
 * ```ts
 * try { await nim.V2NIMUserService.getUserList(ids) } catch (e) { throw toNimProfileError(e, 'getUserList') }
 * // ProfileError { code: 'not_ready', vendorCode: 190002, ... } before login
 * ```
 */
export function toNimProfileError(error: unknown, operation: string): ProfileError {
  return mapNimError(error, operation)
}
