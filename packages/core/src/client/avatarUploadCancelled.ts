import { ProfileError, isProfileError } from '../errors/ProfileError'

const ABORT_ERROR = 'AbortError'

/** The error a cancelled avatar upload rejects with: `unknown`, caused by an `AbortError`. */
export function avatarUploadCancelled(): ProfileError {
  return new ProfileError('unknown', 'The photo upload was cancelled; nothing was saved.', {
    cause: new DOMException('The photo upload was cancelled.', ABORT_ERROR),
  })
}

/**
 * `true` when `error` is how a cancelled avatar upload rejects (`uploadAvatar` of the engine, `upload`
 * of `useAvatarUpload`): a `ProfileError` whose `cause` is an `AbortError`. The error codes are
 * the backend's failures, and a cancel is none, so it is told apart by its cause.
 *
 * @example
 * ```ts
 * upload(image).catch((error) => isUploadCancelled(error) || toast(error.message))
 * ```
 */
export function isUploadCancelled(error: unknown): boolean {
  if (!isProfileError(error)) return false
  const cause: unknown = error.cause
  return typeof cause === 'object' && cause !== null && (cause as { name?: unknown }).name === ABORT_ERROR
}
