import {
  ProfileError,
  type AvatarImageRule,
  type AvatarUploadOptions,
  type MemoryAdapter,
} from '@profile-kit/core'

/** How the stories' and tests' `uploadAvatar` behaves. */
export type UploadBehaviour =
  /** Reports half, then all of the bytes, and answers a URL. */
  | 'succeeds'
  /** Reports 40 % and waits until cancelled, or until `release()`. */
  | 'held'
  /** Reports 40 %, then fails as `network`. */
  | 'fails'
  /** The adapter has no `uploadAvatar` (Tencent without an app upload). */
  | 'none'

export interface PhotoBackendOptions {
  upload?: UploadBehaviour
  avatarImage?: AvatarImageRule
}

/** What a photo backend saw: every image it received, and every upload that was aborted. */
export interface PhotoBackend extends Omit<MemoryAdapter, 'uploadAvatar'> {
  uploadAvatar?: MemoryAdapter['uploadAvatar']
  received: Blob[]
  aborted: number
  /** Lets a `held` upload finish (its next call succeeds too). */
  release(): void
  /** Changes how the next uploads behave. */
  behave(upload: UploadBehaviour): void
}

/**
 * A memory adapter with an `uploadAvatar` that behaves as told: the wire under the real engine
 * and hook, so stories and tests can hold an upload at 40 %, fail it or cancel it.
 */
export function withPhotoBackend(adapter: MemoryAdapter, options: PhotoBackendOptions = {}): PhotoBackend {
  let behaviour = options.upload ?? 'succeeds'
  let releaseHeld: () => void = () => undefined
  // The memory adapter's own upload (blob: URLs) is replaced by one the story or test steers.
  const { uploadAvatar: _memoryUpload, ...memory } = adapter
  const backend: PhotoBackend = {
    ...memory,
    avatarImage: options.avatarImage,
    received: [],
    aborted: 0,
    release: () => {
      behaviour = 'succeeds'
      releaseHeld()
    },
    behave: (next) => {
      behaviour = next
    },
  }
  if (behaviour === 'none') return backend
  backend.uploadAvatar = async (image: Blob, { signal, onProgress }: AvatarUploadOptions) => {
    backend.received.push(image)
    const total = image.size
    if (behaviour === 'succeeds') {
      onProgress?.({ loaded: Math.round(total / 2), total })
      onProgress?.({ loaded: total, total })
      return `https://cdn.example.test/avatars/${backend.received.length}.jpg`
    }
    onProgress?.({ loaded: Math.round(total * 0.4), total })
    const failing = behaviour === 'fails'
    await new Promise<void>((resolve, reject) => {
      releaseHeld = resolve
      signal.addEventListener('abort', () => {
        backend.aborted += 1
        reject(signal.reason)
      })
      if (failing) reject(new ProfileError('network', 'The upload connection was lost.'))
    })
    onProgress?.({ loaded: total, total })
    return `https://cdn.example.test/avatars/${backend.received.length}.jpg`
  }
  return backend
}
