import { describe, expect, it, vi } from 'vitest'
import { ProfileError } from '../errors/ProfileError'
import { callWithRetry } from './callWithRetry'
import { expectCallsOverTime, installFakeRetryTimers } from './__tests__/installFakeRetryTimers'

installFakeRetryTimers()

/** Starts a call and captures its outcome, so a rejection is never unhandled while timers advance. */
function start<T>(
  fn: () => Promise<T>,
  options: Parameters<typeof callWithRetry>[1] = { label: 'getMyProfile' },
) {
  const outcome = callWithRetry(fn, options).then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  )
  return outcome
}

describe('callWithRetry', () => {
  it('resolves with the first answer after one call', async () => {
    const fn = vi.fn(async () => 'me')
    await expect(start(fn)).resolves.toEqual({ value: 'me' })
    expect(fn).toHaveBeenCalledTimes(1)
  })

  it('retries network errors with exponential backoff, one call per attempt', async () => {
    const fn = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new ProfileError('network', 'offline'))
      .mockRejectedValueOnce(new ProfileError('network', 'offline'))
      .mockResolvedValueOnce('me')
    const outcome = start(fn)
    await expectCallsOverTime(fn, [
      [249, 1],
      [1, 2],
      [499, 2],
      [1, 3],
    ])
    await expect(outcome).resolves.toEqual({ value: 'me' })
  })

  it('spreads retries with jitter and caps the delay at maxDelayMs', async () => {
    vi.mocked(Math.random).mockReturnValue(1)
    const fn = vi.fn<() => Promise<string>>().mockRejectedValue(new ProfileError('network', 'offline'))
    const outcome = start(fn, {
      label: 'getMyProfile',
      retry: { retries: 2, baseDelayMs: 1000, maxDelayMs: 1500 },
    })
    // The second delay would be 2000 ms by doubling: capped to 1500.
    await expectCallsOverTime(fn, [
      [999, 1],
      [1, 2],
      [1499, 2],
      [1, 3],
    ])
    await expect(outcome).resolves.toMatchObject({ error: { code: 'network' } })
  })

  it('waits the retryAfterMs a rate_limited error asks for', async () => {
    const fn = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new ProfileError('rate_limited', 'slow down', { retryAfterMs: 3000 }))
      .mockResolvedValueOnce('me')
    const outcome = start(fn)
    await expectCallsOverTime(fn, [
      [2999, 1],
      [1, 2],
    ])
    await expect(outcome).resolves.toEqual({ value: 'me' })
  })

  it('gives up after `retries` retries with the last error', async () => {
    const last = new ProfileError('network', 'still offline')
    const fn = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new ProfileError('network', 'offline'))
      .mockRejectedValueOnce(last)
    const outcome = start(fn, { label: 'getMyProfile', retry: { retries: 1 } })
    await vi.runAllTimersAsync()
    expect(await outcome).toEqual({ error: last })
    expect(fn).toHaveBeenCalledTimes(2)
  })

  it.each(['not_found', 'permission_denied', 'invalid_argument', 'content_rejected'] as const)(
    'does not retry %s and rejects with the same error',
    async (code) => {
      const error = new ProfileError(code, 'no')
      const fn = vi.fn<() => Promise<string>>().mockRejectedValue(error)
      const outcome = start(fn)
      await vi.runAllTimersAsync()
      expect(await outcome).toEqual({ error })
      expect(fn).toHaveBeenCalledTimes(1)
    },
  )

  it('wraps foreign errors once as unknown, keeping the cause, without retrying', async () => {
    const cause = new TypeError('x is undefined')
    const fn = vi.fn<() => Promise<string>>().mockRejectedValue(cause)
    const { error } = (await start(fn)) as { error: ProfileError }
    expect(error).toBeInstanceOf(ProfileError)
    expect(error).toMatchObject({ code: 'unknown', message: 'getMyProfile failed: x is undefined', cause })
    expect(fn).toHaveBeenCalledTimes(1)
  })

  it('turns a synchronous throw into a rejection that says to return a Promise', async () => {
    const fn = vi.fn((): Promise<string> => {
      throw new Error('sdk missing')
    })
    const { error } = (await start(fn)) as { error: ProfileError }
    expect(error).toBeInstanceOf(ProfileError)
    expect(error.message).toBe(
      'getMyProfile threw instead of returning a Promise (make it async or return a rejected Promise): sdk missing',
    )
  })

  it('retries a retryable ProfileError even when thrown synchronously', async () => {
    const fn = vi
      .fn<() => Promise<string>>()
      .mockImplementationOnce(() => {
        throw new ProfileError('network', 'offline')
      })
      .mockResolvedValueOnce('me')
    const outcome = start(fn)
    await vi.runAllTimersAsync()
    await expect(outcome).resolves.toEqual({ value: 'me' })
    expect(fn).toHaveBeenCalledTimes(2)
  })

  it('fails an attempt that never settles as a retryable network timeout', async () => {
    const fn = vi.fn(() => new Promise<string>(() => {}))
    const outcome = start(fn, { label: 'getMyProfile', timeoutMs: 1000, retry: { retries: 1 } })
    await vi.advanceTimersByTimeAsync(1000)
    expect(fn).toHaveBeenCalledTimes(1)
    await vi.runAllTimersAsync()
    expect(fn).toHaveBeenCalledTimes(2)
    const { error } = (await outcome) as { error: ProfileError }
    expect(error).toMatchObject({ code: 'network', retryable: true })
    expect(error.message).toContain('getMyProfile did not answer within 1000 ms')
  })

  it.each([0, Infinity])('sets no time limit with timeoutMs %s', async (timeoutMs) => {
    const fn = vi.fn(() => new Promise<string>(() => {}))
    void start(fn, { label: 'getMyProfile', timeoutMs })
    await vi.advanceTimersByTimeAsync(0)
    expect(vi.getTimerCount()).toBe(0)
    expect(fn).toHaveBeenCalledTimes(1)
  })

  it('rejects invalid options as invalid_argument instead of retrying forever', async () => {
    const fn = vi.fn(async () => 'me')
    await expect(start(fn, { label: 'x', retry: { retries: Number.NaN } })).resolves.toMatchObject({
      error: { code: 'invalid_argument', field: 'retry.retries' },
    })
    await expect(start(fn, { label: 'x', retry: { retries: 1.5 } })).resolves.toMatchObject({
      error: {
        code: 'invalid_argument',
        message: 'retry.retries must be a whole number >= 0, got a number (1.5).',
      },
    })
    await expect(start(fn, { label: 'x', retry: { retries: Infinity } })).resolves.toMatchObject({
      error: { code: 'invalid_argument', field: 'retry.retries' },
    })
    await expect(start(fn, { label: 'x', timeoutMs: -1 })).resolves.toMatchObject({
      error: {
        code: 'invalid_argument',
        field: 'timeoutMs',
        message: 'timeoutMs must be a number >= 0, got a number (-1).',
      },
    })
    expect(fn).not.toHaveBeenCalled()
  })
})
