import {
  createVendorErrorMapper,
  ProfileError,
  type VendorErrorMapping as Mapping,
} from '@profile-kit/core/vanilla'

const NOT_CONNECTED: Mapping = {
  code: 'not_ready',
  hint: 'the SDK is not connected and logged in yet; profiles load once NIM.getInstance has connected',
}
const NETWORK: Mapping = { code: 'network', hint: 'check the connection; the kit retries' }

// The classic SDK's client-side errors carry a string code.
const NAMED_CODES: ReadonlyMap<string, Mapping> = new Map([
  ['Error_Connection_Socket_State_not_Match', NOT_CONNECTED],
  ['Error_Connection_is_not_Established', NOT_CONNECTED],
  ['Error_Internet_Disconnected', NETWORK],
  ['Error_Timeout', { code: 'network', hint: 'the request timed out; the kit retries' }],
])

// Server codes, as the V2 adapter maps them.
const NUMBER_CODES: ReadonlyMap<number, Mapping> = new Map([
  [414, { code: 'invalid_argument', hint: 'check the values against the adapter schema' }],
  [416, { code: 'rate_limited', hint: 'too many requests; the kit retries later' }],
  [403, { code: 'permission_denied', hint: 'this account may not do that' }],
  [404, { code: 'not_found', hint: 'the user does not exist' }],
  [408, { code: 'network', hint: 'the request timed out; the kit retries' }],
  [415, NETWORK],
  [500, { code: 'unknown', hint: 'the NetEase server failed' }],
  [503, { code: 'network', hint: 'the service is temporarily unavailable; the kit retries' }],
] satisfies Array<[number, Mapping]>)

const VENDOR = 'NetEase IM (classic SDK)'
const mapNumbered = createVendorErrorMapper({ vendor: VENDOR, codes: NUMBER_CODES })

/**
 * Any error of the classic `@yxim/nim-web-sdk` as a {@link ProfileError}:
 * - a `NIMError` given to `done`: its code, a server number (414, 416, 403, 404, 500, 503) or a
 *   client string (`'Error_Connection_Socket_State_not_Match'`, `'Error_Timeout'`, ...), decides the
 *   kit code and is kept as `vendorCode`;
 * - a synchronous parameter throw (a plain `{ callFunc, message }` without `code`): the SDK refused
 *   the arguments, `invalid_argument`.
 *
 * @example
 * ```ts
 * toNimClassicProfileError({ code: 'Error_Connection_Socket_State_not_Match', message: 'socket状态不对' }, 'getUsers')
 * // ProfileError { code: 'not_ready', ... }
 * ```
 */
export function toNimClassicProfileError(error: unknown, operation: string): ProfileError {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined
  const named = typeof code === 'string' ? NAMED_CODES.get(code) : undefined
  if (named) return fromMapping(named, error, operation, code as string, code as string)
  if (isParameterThrow(error)) {
    return fromMapping(
      { code: 'invalid_argument', hint: 'the SDK refused the arguments' },
      error,
      operation,
      'parameter',
    )
  }
  return mapNumbered(error, operation)
}

function fromMapping(
  mapping: Mapping,
  error: unknown,
  operation: string,
  label: string,
  vendorCode?: string,
): ProfileError {
  const said = (error as { message?: unknown }).message
  const detail = typeof said === 'string' && said ? ` SDK says: ${said}` : ''
  const message = `${VENDOR} ${operation} failed (${label}): ${mapping.hint}.${detail}`
  return new ProfileError(mapping.code, message, {
    ...(vendorCode === undefined ? {} : { vendorCode }),
    cause: error,
  })
}

/** The SDK's `verifyOptions`/`verifyParamType` throw `{ callFunc, message, time, timetag }`. */
function isParameterThrow(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || error instanceof Error) return false
  return !('code' in error) && typeof (error as { callFunc?: unknown }).callFunc === 'string'
}
