import { describe, expect, it } from 'vitest'
import { ProfileError, toProfileError } from './ProfileError'

describe('ProfileError', () => {
  it('marks network and rate_limited as retryable, nothing else', () => {
    expect(new ProfileError('network', 'x').retryable).toBe(true)
    expect(new ProfileError('rate_limited', 'x').retryable).toBe(true)
    expect(new ProfileError('not_found', 'x').retryable).toBe(false)
  })
  it('wraps foreign errors as unknown, keeping the cause', () => {
    const cause = new TypeError('boom')
    const error = toProfileError(cause, 'getUserProfiles failed')
    expect(error).toMatchObject({ code: 'unknown', message: 'getUserProfiles failed: boom', cause })
  })
})
