import {
  isHttpUrl,
  ProfileError,
  resolveAvatarImageRule,
  type AvatarImageRule,
  type ProfileAdapter,
} from '@profile-kit/core/vanilla'

/** How an app gives the Tencent adapter profile photos: Tencent Cloud Chat stores no files. */
export interface TencentAvatarOptions {
  /**
   * Uploads a profile photo to your app's own storage (COS, S3, your server) and resolves its
   * https URL, which the kit then saves as the avatar. Stop and reject when `signal` aborts; call
   * `onProgress` as bytes go out. Without it the editor offers no upload.
   *
   * @example
   * ```ts
   * uploadAvatar: (image, { signal }) => fetch('/api/avatar', { method: 'PUT', body: image, signal })
   *   .then((response) => response.json()).then(({ url }) => url)
   * ```
   */
  uploadAvatar?: ProfileAdapter['uploadAvatar']
  /** Ready-made avatar URLs (http/https) users may pick, as Tencent's UIKit offers. */
  avatarPresets?: readonly string[]
  /** How the kit prepares photos for `uploadAvatar`: edge in pixels, image type, largest input. */
  avatarImage?: Omit<AvatarImageRule, 'presets'>
}

/**
 * The adapter's photo capabilities from the app's options: `uploadAvatar` when given, and
 * `avatarImage` with the presets. Checked at once, so a wrong option fails when the adapter is
 * created, naming the option.
 *
 * @throws {ProfileError} `invalid_argument` with `field` naming the option.
 * @internal Used by `createTencentChatAdapter`.
 */
export function tencentAvatarCapabilities(
  options: TencentAvatarOptions,
): Pick<ProfileAdapter, 'uploadAvatar' | 'avatarImage'> {
  const { uploadAvatar, avatarPresets, avatarImage } = options
  if (uploadAvatar !== undefined && typeof uploadAvatar !== 'function') {
    throw new ProfileError(
      'invalid_argument',
      'uploadAvatar must be a function (image, { signal, onProgress }) => Promise<url>.',
      {
        field: 'uploadAvatar',
      },
    )
  }
  const presets = avatarPresets ?? []
  const bad = Array.isArray(presets)
    ? presets.findIndex((url) => typeof url !== 'string' || !isHttpUrl(url))
    : -1
  if (!Array.isArray(presets) || bad !== -1) {
    const field = bad === -1 ? 'avatarPresets' : `avatarPresets[${bad}]`
    throw new ProfileError(
      'invalid_argument',
      `${field} must be http or https image URLs: Tencent stores the avatar as a URL others load.`,
      {
        field,
      },
    )
  }
  const rule = resolveAvatarImageRule({ ...avatarImage, presets })
  return uploadAvatar ? { uploadAvatar, avatarImage: rule } : { avatarImage: rule }
}
