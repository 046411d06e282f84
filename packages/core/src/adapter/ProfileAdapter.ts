import type { Profile, ProfileChange, ProfilePatch } from '../model/profile'
import type { ProfileSchema } from '../model/schema'
import type { AvatarImageRule, AvatarUploadOptions } from './AvatarUpload'
import type { PresenceSource } from './PresenceSource'
import type { RemarkSource } from './RemarkSource'

/**
 * The contract between the kit and a chat backend. Adapters may return partial or vendor-shaped
 * objects; the kit normalizes everything before it reaches a hook. Reject with a `ProfileError`
 * (or anything: the kit wraps it as `unknown`).
 *
 * @example
 * ```ts
 * const adapter: ProfileAdapter = {
 *   getMyProfile: () => api.me(),
 *   getUserProfiles: (ids) => api.users(ids),
 *   updateMyProfile: (patch) => api.updateMe(patch),
 * }
 * ```
 */
export interface ProfileAdapter {
  /** What the backend stores. Defaults: `maxBatchSize` 100, the nine editor fields, any custom key. */
  schema?: ProfileSchema
  /** The signed-in user's profile. */
  getMyProfile(): Promise<Profile>
  /** At most `schema.maxBatchSize` IDs per call; unknown IDs are omitted; any order. */
  getUserProfiles(userIDs: string[]): Promise<Profile[]>
  /** Applies a validated patch holding only changed fields. Resolve nothing to make the kit re-read. */
  updateMyProfile(patch: ProfilePatch): Promise<Profile | void>
  /**
   * Live updates. `onChange` gets changed profiles (partial, each with `userID`); `onReset` means the
   * session changed (SDK ready, login, logout, account switch) and everything must be refetched.
   * Returns the unsubscribe function.
   */
  subscribe?(onChange: (changes: ProfileChange[]) => void, onReset?: () => void): () => void
  /**
   * Uploads a profile photo the kit has already cropped, resized and re-encoded, and resolves to
   * the URL to save as `avatar`. Absent when the backend cannot store files: the editor then offers
   * `avatarImage.presets` (if any) and removing the photo.
   */
  uploadAvatar?(image: Blob, options: AvatarUploadOptions): Promise<string>
  /** How the kit prepares photos for `uploadAvatar`, and preset avatars to pick from. */
  avatarImage?: AvatarImageRule
  /** The signed-in user's remarks (aliases) for other users, when the backend has them. */
  remarks?: RemarkSource
  /** Who is online, when the backend tells. */
  presence?: PresenceSource
}
