import { ProfileError, type AvatarUploadOptions, type ProfileAdapter } from '@profile-kit/core/vanilla'
import type { NimInstance, NimStorageService } from './nimTypes'
import { toNimProfileError } from './toNimProfileError'

/** NetEase's storage scene for profile photos: kept without expiry. */
const AVATAR_SCENE = 'nim_default_profile_icon'
/** `V2NIM_ERROR_CODE_FILE_UPLOAD_FAILED`: the bytes did not reach NetEase's storage (NOS). */
const FILE_UPLOAD_FAILED = 194006

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
}

/**
 * `uploadAvatar` for the adapter when the instance has `V2NIMStorageService` (the web SDK's
 * default build does), else nothing: the kit then offers no upload.
 *
 * @internal Used by `createNimAdapter`.
 */
export function nimAvatarUpload(nim: NimInstance): Pick<ProfileAdapter, 'uploadAvatar'> {
  const storage = nim.V2NIMStorageService
  const usable = ['createUploadFileTask', 'uploadFile', 'cancelUploadFile'].every(
    (method) => typeof (storage as Record<string, unknown> | undefined)?.[method] === 'function',
  )
  return usable && storage
    ? { uploadAvatar: (image, options) => uploadNimAvatar(storage, image, options) }
    : {}
}

/**
 * Uploads a profile photo to NetEase's storage with `createUploadFileTask` and `uploadFile`
 * (scene `nim_default_profile_icon`), reporting the SDK's percentages as bytes, and resolves to
 * the file's URL. An aborted signal calls `cancelUploadFile`, which makes `uploadFile` reject.
 * Each upload gets a file name of its own: the SDK reuses a finished upload of a file with the same
 * name, size and modification time instead of sending it.
 */
async function uploadNimAvatar(
  storage: NimStorageService,
  image: Blob,
  { signal, onProgress }: AvatarUploadOptions,
): Promise<string> {
  signal.throwIfAborted()
  const file = new File([image], uniqueName(image.type), { type: image.type })
  const task = storage.createUploadFileTask({ fileObj: file, sceneName: AVATAR_SCENE })
  const cancel = () => void storage.cancelUploadFile(task).catch(() => undefined)
  signal.addEventListener('abort', cancel, { once: true })
  try {
    return await storage.uploadFile(task, (percent) =>
      onProgress?.({ loaded: Math.round((file.size * percent) / 100), total: file.size }),
    )
  } catch (error) {
    throw toNimUploadError(error)
  } finally {
    signal.removeEventListener('abort', cancel)
  }
}

let uploads = 0
function uniqueName(type: string): string {
  return `avatar-${Date.now().toString(36)}-${++uploads}.${EXTENSIONS[type] ?? 'img'}`
}

function toNimUploadError(error: unknown): ProfileError {
  const code = (error as { code?: unknown } | null)?.code
  if (code === FILE_UPLOAD_FAILED) {
    return new ProfileError(
      'network',
      'NetEase IM could not upload the photo to its storage; check the connection and try again.',
      { vendorCode: FILE_UPLOAD_FAILED, cause: error },
    )
  }
  return toNimProfileError(error, 'uploadFile')
}
