import type { UploadProgress } from '../adapter/AvatarUpload'
import type { ProfileAdapter } from '../adapter/ProfileAdapter'
import { ProfileError, toProfileError } from '../errors/ProfileError'
import { invalidArgument } from '../errors/invalidArgument'
import type { Profile } from '../model/profile'
import { avatarUploadCancelled } from './avatarUploadCancelled'
import type { ProfileClient } from './createProfileClient'
import { pendingLayersOf, type PendingLayers } from './pendingLayers'

/** Options of {@link uploadAvatar}. */
export interface UploadAvatarOptions {
  /**
   * Abort it to cancel the upload: the preview is withdrawn, nothing is saved, and the call rejects
   * with an error {@link isUploadCancelled} recognises. Once the image is stored (`onUploaded`),
   * aborting no longer stops the save.
   */
  signal?: AbortSignal
  /** Called as the adapter reports bytes sent. */
  onProgress?: (progress: UploadProgress) => void
  /** The backend stored the image; its URL is now being saved as `avatar`, after earlier saves. */
  onUploaded?: (url: string) => void
}

/**
 * Sets my photo through `client`, the whole way: shows `image` as my avatar everywhere at once
 * (an object URL in a pending layer, never validated nor sent), uploads it with the adapter's
 * `uploadAvatar`, then saves the URL the backend answered as `avatar` through
 * `client.updateMyProfile`, so it is validated like any patch and queued after earlier saves.
 * A failure, a cancel (`options.signal`) or a session change withdraws the preview and saves
 * nothing; the object URL is revoked once nothing shows it. Uploads have no timeout: a slow
 * network still makes progress; cancel stops one. A function beside the engine rather than a
 * method of it, so apps that never upload photos do not bundle it.
 *
 * @throws {ProfileError} (rejects with) `invalid_argument` (field `image`) when the adapter has no
 * `uploadAvatar` or `image` is no image Blob; a cancel's error passes {@link isUploadCancelled};
 * `not_ready` when the session changed during the upload; else the adapter's or the save's error.
 * @example
 * ```ts
 * const controller = new AbortController()
 * await uploadAvatar(client, croppedJpeg, { signal: controller.signal, onProgress: console.log })
 * ```
 */
export async function uploadAvatar(
  client: ProfileClient,
  image: Blob,
  options: UploadAvatarOptions = {},
): Promise<Profile> {
  const layers = pendingLayersOf(client)
  const upload = requireUpload(client.adapter)
  checkImage(image)
  const signal = options.signal ?? new AbortController().signal
  if (signal.aborted) throw avatarUploadCancelled()
  const current = await client.myProfile()
  const session = layers.session()
  const withdrawPreview = showPreview(layers, image, current)
  try {
    const url = await sendImage(upload, image, signal, options.onProgress)
    if (layers.session() !== session) throw sessionChangedDuringUpload()
    options.onUploaded?.(url)
    return await client.updateMyProfile({ avatar: url })
  } finally {
    withdrawPreview()
  }
}

type Upload = NonNullable<ProfileAdapter['uploadAvatar']>

function requireUpload(adapter: ProfileAdapter): Upload {
  const upload = adapter.uploadAvatar
  if (typeof upload !== 'function') {
    throw new ProfileError(
      'invalid_argument',
      'This backend takes no photo uploads (its adapter has no uploadAvatar); offer avatarImage.presets or removing the photo instead.',
      { field: 'image' },
    )
  }
  return upload.bind(adapter)
}

function checkImage(image: unknown): asserts image is Blob {
  if (!(image instanceof Blob) || !image.type.startsWith('image/') || image.size === 0) {
    throw invalidArgument('image', image, 'a non-empty image Blob or File (type image/…)')
  }
}

/** Shows the image as my avatar; returns the function that withdraws it and frees the object URL. */
function showPreview(layers: PendingLayers, image: Blob, current: Profile): () => void {
  // Without object URLs (jsdom, some servers) there is nothing to show until the upload is saved.
  if (typeof URL.createObjectURL !== 'function') return () => undefined
  const preview = URL.createObjectURL(image)
  const withdraw = layers.showLayer({ avatar: preview }, current)
  return () => {
    withdraw()
    URL.revokeObjectURL(preview)
  }
}

/**
 * Runs the adapter's upload. A cancel settles at once even when the adapter ignores the signal;
 * whatever the adapter answers after that is dropped.
 */
async function sendImage(
  upload: Upload,
  image: Blob,
  signal: AbortSignal,
  onProgress: ((progress: UploadProgress) => void) | undefined,
): Promise<string> {
  let stopOnAbort: () => void = () => undefined
  const aborted = new Promise<never>((_, reject) => {
    stopOnAbort = () => reject(avatarUploadCancelled())
    signal.addEventListener('abort', stopOnAbort, { once: true })
  })
  // Cancelled while my profile was loading: the listener above will never fire.
  if (signal.aborted) stopOnAbort()
  const report = (progress: UploadProgress) => {
    const checked = checkProgress(progress)
    if (checked && !signal.aborted) onProgress?.(checked)
  }
  const uploading = new Promise<unknown>((resolve) => resolve(upload(image, { signal, onProgress: report })))
  // A late rejection after a cancel is expected, not unhandled.
  uploading.catch(() => undefined)
  try {
    return checkUrl(await Promise.race([uploading, aborted]))
  } catch (error) {
    if (signal.aborted) throw avatarUploadCancelled()
    throw toProfileError(error, 'The photo upload failed')
  } finally {
    signal.removeEventListener('abort', stopOnAbort)
  }
}

/** Progress as the adapter reported it, made sane: finite, not negative, `loaded` at most `total`. */
function checkProgress(progress: UploadProgress): UploadProgress | undefined {
  const { loaded, total } = progress ?? {}
  if (!Number.isFinite(loaded) || !Number.isFinite(total) || loaded < 0 || total <= 0) return undefined
  return { loaded: Math.min(loaded, total), total }
}

function checkUrl(url: unknown): string {
  if (typeof url === 'string' && url.trim() !== '') return url
  throw new ProfileError(
    'unknown',
    `The adapter's uploadAvatar resolved to ${typeof url === 'string' ? 'an empty string' : typeof url}, not the URL of the stored photo; nothing was saved.`,
  )
}

function sessionChangedDuringUpload(): ProfileError {
  return new ProfileError(
    'not_ready',
    'The session changed (login, logout or account switch) while the photo was uploading; it was not saved to the new account.',
  )
}
