import { describe, expect, it } from 'vitest'
import { ProfileError, type ProfileErrorCode } from '@profile-kit/core/vanilla'
import { toTencentProfileError } from './toTencentProfileError'

const sdkError = (code: number) => Object.assign(new Error(''), { code, data: { code, message: '' } })

const TABLE: Array<[ProfileErrorCode, number[]]> = [
  ['not_ready', [2024, 3000, 3001, 3002, 3003, 3004, 3005, 3006]],
  ['invalid_argument', [2721, 2722, 40001, 40002, 40601, 40605, 40610, 40009]],
  ['not_found', [40003]],
  ['permission_denied', [40004, 40007, 40008, 70001]],
  ['content_rejected', [3123, 40005]],
  ['rate_limited', [2996, 60022]],
  ['network', [2800, 2801, 2805]],
  ['unknown', [1, 2903, 99999]],
]

describe('toTencentProfileError', () => {
  it.each(TABLE.flatMap(([code, vendorCodes]) => vendorCodes.map((v) => [v, code] as const)))(
    'maps SDK code %i to %s, keeping the vendor code',
    (vendorCode, code) => {
      const cause = sdkError(vendorCode)
      const error = toTencentProfileError(cause, 'getUserProfile')
      expect(error).toBeInstanceOf(ProfileError)
      expect(error).toMatchObject({ code, vendorCode, cause })
      expect(error.retryable).toBe(code === 'network' || code === 'rate_limited')
      expect(error.message).toContain(`getUserProfile failed (code ${vendorCode})`)
    },
  )

  it('tells what to do when the SDK is not ready', () => {
    expect(toTencentProfileError(sdkError(2024), 'getMyProfile').message).toMatch(/SDK_READY/)
  })

  it('keeps the SDK text when there is one, and reads string codes', () => {
    const error = toTencentProfileError({ code: '40003', message: 'no such user' }, 'getUserProfile')
    expect(error).toMatchObject({ code: 'not_found', vendorCode: 40003 })
    expect(error.message).toMatch(/SDK says: no such user/)
  })

  it('wraps a crash without a code as unknown and passes ProfileErrors through', () => {
    const crash = new TypeError("Cannot read properties of undefined (reading 'forEach')")
    expect(toTencentProfileError(crash, 'updateMyProfile')).toMatchObject({
      code: 'unknown',
      vendorCode: undefined,
    })
    const own = new ProfileError('invalid_argument', 'x')
    expect(toTencentProfileError(own, 'updateMyProfile')).toBe(own)
  })
})
