import { ProfileError } from '../errors/ProfileError'

/**
 * Settles like `promise`, or rejects with a retryable `network` {@link ProfileError} when it has not
 * settled after `timeoutMs`. The timer is cleared as soon as either happens, so nothing keeps running.
 * A `timeoutMs` of `0` or `Infinity` waits forever.
 *
 * @example
 * ```ts
 * const profiles = await withTimeout(adapter.getUserProfiles(ids), 20_000, 'getUserProfiles')
 * // rejects with "getUserProfiles did not answer within 20000 ms" when the SDK never answers
 * ```
 */
export function withTimeout<T>(promise: Promise<T>, timeoutMs: number, label: string): Promise<T> {
  if (!(timeoutMs > 0 && timeoutMs < Infinity)) return promise
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new ProfileError(
            'network',
            `${label} did not answer within ${timeoutMs} ms. Check the connection, or raise timeoutMs.`,
          ),
        ),
      timeoutMs,
    )
    promise.then(resolve, reject).finally(() => clearTimeout(timer))
  })
}
