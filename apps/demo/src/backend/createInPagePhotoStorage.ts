import { createMemoryAdapter, type ProfileAdapter } from '@profile-kit/core/vanilla'

/**
 * The demo's stand-in for an app's photo storage (COS, S3, its server), which Tencent's adapter
 * takes because Tencent Cloud Chat stores no files: the memory adapter's upload, which keeps the
 * photo as a `blob:` URL of this page with simulated progress and honours cancel.
 *
 * @example
 * ```ts
 * createTencentChatAdapter(chat, { uploadAvatar: createInPagePhotoStorage() })
 * ```
 */
export function createInPagePhotoStorage(): NonNullable<ProfileAdapter['uploadAvatar']> {
  const storage = createMemoryAdapter({ me: { userID: 'photo-storage' }, latencyMs: 600 })
  return (image, options) => storage.uploadAvatar(image, options)
}
