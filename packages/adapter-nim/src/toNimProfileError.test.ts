import { describe, expect, it } from 'vitest'
import { ProfileError, type ProfileErrorCode } from '@profile-kit/core/vanilla'
import { toNimProfileError } from './toNimProfileError'

const nimError = (code: number, desc = '') => Object.assign(new Error(desc), { code, desc, detail: {} })

const TABLE: Array<[ProfileErrorCode, number[]]> = [
  ['not_ready', [190002]],
  ['invalid_argument', [191004, 414]],
  ['network', [191005, 192001, 192002, 192003, 192004, 192005, 192006, 503, 514]],
  ['rate_limited', [416]],
  ['permission_denied', [403, 102421, 102422]],
  ['not_found', [404, 102404, 103404]],
  ['content_rejected', [103451]],
  ['unknown', [191001, 500, 123456]],
]

describe('toNimProfileError', () => {
  it.each(TABLE.flatMap(([code, vendorCodes]) => vendorCodes.map((v) => [v, code] as const)))(
    'maps SDK code %i to %s, keeping the vendor code',
    (vendorCode, code) => {
      const cause = nimError(vendorCode)
      const error = toNimProfileError(cause, 'getUserList')
      expect(error).toBeInstanceOf(ProfileError)
      expect(error).toMatchObject({ code, vendorCode, cause })
      expect(error.retryable).toBe(code === 'network' || code === 'rate_limited')
      expect(error.message).toContain(`getUserList failed (code ${vendorCode})`)
    },
  )

  it('says what to do: log in, or create the instance with the V2 API', () => {
    expect(toNimProfileError(nimError(190002), 'getUserList').message).toMatch(/login/)
    expect(toNimProfileError(nimError(191001), 'getUserList').message).toMatch(/apiVersion: 'v2'/)
  })

  it("keeps the SDK's description", () => {
    expect(toNimProfileError(nimError(414, 'accountIds too long'), 'getUserList').message).toMatch(
      /SDK says: accountIds too long/,
    )
  })

  it('wraps a crash without a code as unknown and passes ProfileErrors through', () => {
    expect(toNimProfileError(new TypeError('boom'), 'getUserList')).toMatchObject({ code: 'unknown' })
    const own = new ProfileError('invalid_argument', 'x')
    expect(toNimProfileError(own, 'getUserList')).toBe(own)
  })
})
