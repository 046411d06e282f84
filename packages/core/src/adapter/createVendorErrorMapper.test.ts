import { describe, expect, it } from 'vitest'
import { ProfileError } from '../errors/ProfileError'
import { createVendorErrorMapper } from './createVendorErrorMapper'

const toAcmeError = createVendorErrorMapper({
  vendor: 'Acme Chat',
  codes: new Map([
    [401, { code: 'not_ready', hint: 'log in before loading profiles' }],
    [429, { code: 'rate_limited', hint: 'too many requests' }],
  ]),
})

describe('createVendorErrorMapper', () => {
  it('maps a known code, keeping it as vendorCode and the rejection as cause', () => {
    const cause = Object.assign(new Error('no session'), { code: 401 })
    const error = toAcmeError(cause, 'getUsers')
    expect(error).toBeInstanceOf(ProfileError)
    expect(error).toMatchObject({ code: 'not_ready', vendorCode: 401, cause, retryable: false })
    expect(error.message).toBe(
      'Acme Chat getUsers failed (code 401): log in before loading profiles. SDK says: no session',
    )
  })

  it('reads codes given as strings of digits and marks retryable codes', () => {
    const error = toAcmeError({ code: '429' }, 'getUsers')
    expect(error).toMatchObject({ code: 'rate_limited', vendorCode: 429, retryable: true })
    expect(error.message).toBe('Acme Chat getUsers failed (code 429): too many requests.')
  })

  it('turns unknown codes into unknown, still naming the code', () => {
    const error = toAcmeError({ code: 7, message: 'odd' }, 'saveMe')
    expect(error).toMatchObject({ code: 'unknown', vendorCode: 7 })
    expect(error.message).toBe('Acme Chat saveMe failed (code 7): see the cause for details. SDK says: odd')
  })

  it.each([
    ['a fractional code', { code: 1.5 }],
    ['a code that is not digits', { code: '40x' }],
    ['null', null],
    ['a number', 42],
  ])('leaves vendorCode out for %s', (_, rejection) => {
    const error = toAcmeError(rejection, 'getUsers')
    expect(error.code).toBe('unknown')
    expect(error.vendorCode).toBeUndefined()
    expect(error.message).toBe('Acme Chat getUsers failed: see the cause for details.')
  })

  it('takes a string rejection as the SDK text', () => {
    expect(toAcmeError('socket closed', 'getUsers').message).toBe(
      'Acme Chat getUsers failed: see the cause for details. SDK says: socket closed',
    )
  })

  it('reads the SDK text from the first non-empty detail field', () => {
    const toDescError = createVendorErrorMapper({
      vendor: 'Desc IM',
      codes: new Map(),
      detailFields: ['desc', 'message'],
    })
    expect(toDescError({ desc: 'from desc', message: 'from message' }, 'op').message).toMatch(
      /SDK says: from desc$/,
    )
    expect(toDescError({ desc: '', message: 'from message' }, 'op').message).toMatch(
      /SDK says: from message$/,
    )
    expect(toDescError({ desc: 3 }, 'op').message).not.toMatch(/SDK says/)
  })

  it('passes a ProfileError through unchanged', () => {
    const own = new ProfileError('invalid_argument', 'nick is too long')
    expect(toAcmeError(own, 'saveMe')).toBe(own)
  })
})
