import { toNimClassicProfileError } from './toNimClassicProfileError'

/** The classic SDK's `done` callback. */
type Done<T> = (error: unknown, data: T) => void

/**
 * One classic SDK call as a promise: `done(error)` and a synchronous parameter throw both reject
 * with a `ProfileError`.
 *
 * @example
 * ```ts
 * const card = await callNimClassic('getUser', (done) => nim.getUser({ account: 'ada', sync: true, done }))
 * ```
 */
export function callNimClassic<T>(operation: string, start: (done: Done<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((error, data) => {
        // The SDK passes `null` when all went well.
        if (error !== null && error !== undefined) reject(toNimClassicProfileError(error, operation))
        else resolve(data)
      })
    } catch (error) {
      reject(toNimClassicProfileError(error, operation))
    }
  })
}
