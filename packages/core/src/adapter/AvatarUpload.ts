/** How far an avatar upload has got, in bytes. */
export interface UploadProgress {
  loaded: number
  total: number
}

/** What the kit hands `ProfileAdapter.uploadAvatar` beside the image. */
export interface AvatarUploadOptions {
  /** Aborted when the user cancels: stop sending and reject (any rejection will do; the kit knows it cancelled). */
  signal: AbortSignal
  /** Call as bytes go out, so the kit can show and announce progress. */
  onProgress?: (progress: UploadProgress) => void
}

/**
 * How a backend takes profile photos. The kit crops, resizes and re-encodes (which strips EXIF and
 * location data) before any upload, to `size`×`size` pixels of `type`.
 */
export interface AvatarImageRule {
  /** Edge of the square image the kit uploads, in pixels. Defaults to `512`. */
  size?: number
  /** The image type the kit encodes to: `'image/jpeg'` (default), `'image/webp'` or `'image/png'`. */
  type?: 'image/jpeg' | 'image/webp' | 'image/png'
  /** Largest file a user may pick, before processing, in bytes. Defaults to 20 MB. */
  maxInputBytes?: number
  /** Ready-made avatars a user may pick instead of uploading (Tencent's UIKit way); URLs. */
  presets?: readonly string[]
}
