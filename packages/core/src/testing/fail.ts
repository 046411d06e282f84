import { isProfileError } from '../errors/ProfileError'

/**
 * Throws the `Error` a conformance check fails with. The message tells the adapter's author what
 * is wrong and what to do.
 *
 * @internal
 */
export function fail(message: string, cause?: unknown): never {
  throw new Error(message, cause === undefined ? undefined : { cause })
}

/** Names a thrown value for a failure message: `ProfileError(network): offline`, `TypeError: x`. */
export function describeError(error: unknown): string {
  if (isProfileError(error)) return `ProfileError(${error.code}): ${error.message}`
  if (error instanceof Error) return `${error.name}: ${error.message}`
  return `a non-Error value (${typeof error === 'string' ? JSON.stringify(error) : typeof error})`
}
