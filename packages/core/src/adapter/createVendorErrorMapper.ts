import { isProfileError, ProfileError, type ProfileErrorCode } from '../errors/ProfileError'

/** What the kit makes of one vendor error code. */
export interface VendorErrorMapping {
  code: ProfileErrorCode
  /** What the user or developer can do about it; ends up in the message. */
  hint: string
}

/** Options of {@link createVendorErrorMapper}. */
export interface VendorErrorMapperOptions {
  /** The backend's name as developers know it; every message starts with it, e.g. `'NetEase IM'`. */
  vendor: string
  /** Vendor codes the kit understands; codes not listed become `unknown`. */
  codes: ReadonlyMap<number, VendorErrorMapping>
  /**
   * Fields of the rejection that may hold the SDK's own text, first non-empty string wins.
   * Defaults to `['message']`.
   */
  detailFields?: readonly string[]
}

/** Maps any rejection of a vendor SDK call to a {@link ProfileError}. */
export type VendorErrorMapper = (error: unknown, operation: string) => ProfileError

const NO_HINT = 'see the cause for details'

/**
 * Builds the function an adapter uses to turn any rejection of its SDK into a {@link ProfileError}:
 * the SDK's numeric `code` (a number or a string of digits) is looked up in `codes` and kept as
 * `vendorCode`, the message says which operation failed, what to do, and what the SDK said; the
 * rejection is the `cause`. A `ProfileError` passes through unchanged.
 *
 * @example
 * ```ts
 * const toAcmeProfileError = createVendorErrorMapper({
 *   vendor: 'Acme Chat',
 *   codes: new Map([[401, { code: 'not_ready', hint: 'log in before loading profiles' }]]),
 * })
 * toAcmeProfileError({ code: 401, message: 'no session' }, 'getUsers')
 * // ProfileError { code: 'not_ready', vendorCode: 401,
 * //   message: 'Acme Chat getUsers failed (code 401): log in before loading profiles. SDK says: no session' }
 * ```
 */
export function createVendorErrorMapper(options: VendorErrorMapperOptions): VendorErrorMapper {
  const { vendor, codes, detailFields = ['message'] } = options
  return (error, operation) => {
    if (isProfileError(error)) return error
    const vendorCode = readVendorCode(error)
    const mapping = vendorCode === undefined ? undefined : codes.get(vendorCode)
    const detail = readDetail(error, detailFields)
    const code = vendorCode === undefined ? '' : ` (code ${vendorCode})`
    const said = detail ? ` SDK says: ${detail}` : ''
    const message = `${vendor} ${operation} failed${code}: ${mapping?.hint ?? NO_HINT}.${said}`
    return new ProfileError(mapping?.code ?? 'unknown', message, {
      ...(vendorCode === undefined ? {} : { vendorCode }),
      cause: error,
    })
  }
}

function readVendorCode(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined
  const { code } = error
  if (typeof code === 'number') return Number.isInteger(code) ? code : undefined
  return typeof code === 'string' && /^-?\d+$/.test(code) ? Number(code) : undefined
}

function readDetail(error: unknown, fields: readonly string[]): string {
  if (typeof error !== 'object' || error === null) return typeof error === 'string' ? error : ''
  const record = error as Record<string, unknown>
  for (const field of fields) {
    const value = record[field]
    if (typeof value === 'string' && value) return value
  }
  return ''
}
