import type { AvatarUploadOptions, ProfileAdapter } from '@profile-kit/core/vanilla'
import type { NIM } from '@yxim/nim-web-sdk'
import { callNimClassic } from './callNimClassic'

/** NetEase's storage scene for profile photos, as its V2 SDK names it. */
const AVATAR_SCENE = 'nim_default_profile_icon'

/** `previewFile`'s options as its browser upload reads them. */
export type NimClassicPreviewFileOptions = Parameters<NIM['previewFile']>[0] & {
  // Undeclared in the SDK's types, yet called by its browser upload (as sendFile's documented
  // `beginupload`): `upload.abort()` stops the upload.
  beginupload?: (upload: { abort(): void }) => void
}

/**
 * `uploadAvatar` for the classic adapter when the instance has `previewFile`, else nothing.
 *
 * @internal Used by `createNimClassicAdapter`.
 */
export function nimClassicAvatarUpload(
  nim: Partial<Pick<NIM, 'previewFile'>>,
): Pick<ProfileAdapter, 'uploadAvatar'> {
  const previewFile = nim.previewFile
  if (typeof previewFile !== 'function') return {}
  return { uploadAvatar: (image, options) => uploadNimClassicAvatar(previewFile.bind(nim), image, options) }
}

/**
 * Uploads with `previewFile` (type `image`, scene `nim_default_profile_icon`), passing its
 * `uploadprogress` on, and resolves to the file's URL. On abort it calls the `abort()` of the upload
 * `beginupload` handed over (at once, or as soon as it is handed over while the SDK still fetches its
 * token) and rejects without waiting for the SDK.
 */
function uploadNimClassicAvatar(
  previewFile: NIM['previewFile'],
  image: Blob,
  { signal, onProgress }: AvatarUploadOptions,
): Promise<string> {
  signal.throwIfAborted()
  let upload: { abort(): void } | undefined
  const stop = () => upload?.abort()
  signal.addEventListener('abort', stop, { once: true })
  const uploading = callNimClassic<{ url: string }>('previewFile', (done) => {
    const options: NimClassicPreviewFileOptions = {
      type: 'image',
      blob: new File([image], `avatar.${image.type.split('/')[1] ?? 'img'}`, { type: image.type }),
      nosScene: AVATAR_SCENE,
      uploadprogress: ({ loaded, total }) => onProgress?.({ loaded, total }),
      beginupload: (started) => {
        upload = started
        if (signal.aborted) started.abort()
      },
      done: (error, file) => done(error, file),
    }
    previewFile(options)
  })
  const aborted = new Promise<never>((_, reject) =>
    signal.addEventListener('abort', () => reject(signal.reason), { once: true }),
  )
  return Promise.race([uploading.then((file) => file.url), aborted]).finally(() =>
    signal.removeEventListener('abort', stop),
  )
}
