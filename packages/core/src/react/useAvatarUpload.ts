import { useMutation } from '@tanstack/react-query'
import { useCallback, useMemo, useRef, useState } from 'react'
import type { UploadProgress } from '../adapter/AvatarUpload'
import { resolveAvatarImageRule, type ResolvedAvatarImageRule } from '../adapter/resolveAvatarImageRule'
import { profileKeys } from '../client/profileKeys'
import { uploadAvatar } from '../client/uploadAvatar'
import type { ProfileError } from '../errors/ProfileError'
import type { Profile } from '../model/profile'
import { useProfileClient } from './ProfileProvider'

/** One upload: the image and the controller that cancels it. */
interface Upload {
  image: Blob
  controller: AbortController
}

/** Where a photo upload of {@link useAvatarUpload} is: sending the image, then saving its URL. */
export type AvatarUploadStatus = 'idle' | 'uploading' | 'saving' | 'success' | 'error'

/** What {@link useAvatarUpload} returns. */
export interface AvatarUploadResult {
  /**
   * Sets `image` (already cropped and encoded) as my photo: shown everywhere at once, uploaded,
   * then saved. Resolves to my saved profile; rejects with the `ProfileError` also in `error`, or,
   * after `cancel()`, with one that `isUploadCancelled` recognises. A new upload cancels a running one.
   */
  upload(image: Blob): Promise<Profile>
  /**
   * Stops a running upload: the preview goes, nothing is saved, and the hook is `idle` again
   * (`error` stays `null`: a cancel is no failure). Once the image is stored (`saving`), the save
   * goes ahead and `cancel` does nothing.
   */
  cancel(): void
  /** `uploading` (sending the image), then `saving` (its URL, after earlier saves), then `success` or `error`; `idle` before, after `reset` or `cancel`. */
  status: AvatarUploadStatus
  /** Bytes sent of the current upload, as the adapter reports them; `null` before the first report. */
  progress: UploadProgress | null
  /** Why the last upload or its save failed; `null` otherwise (also after a cancel). */
  error: ProfileError | null
  /** Back to `idle`, forgetting the last result; cancels an upload still sending (a save goes ahead). */
  reset(): void
  /** `false` when the adapter has no `uploadAvatar`: offer `imageRule.presets` and removing the photo. */
  canUpload: boolean
  /**
   * How to prepare the image for upload (`size`×`size` px of `type`), the largest input, and presets:
   * the adapter's `avatarImage` with defaults. A malformed one throws `invalid_argument` here.
   */
  imageRule: ResolvedAvatarImageRule
}

/**
 * Sets my profile photo through the adapter's `uploadAvatar`, with progress and cancel. The
 * React-free `uploadAvatar(client, image, options)` does the work (optimistic preview, upload, ordered save, withdrawal on
 * failure); this hook gives it TanStack's mutation state plus progress. An upload keeps going if
 * the component unmounts, as a save does.
 *
 * @example
 * ```tsx
 * const photo = useAvatarUpload()
 * photo.upload(croppedJpeg).catch(() => undefined) // photo.error says what failed
 * {photo.status === 'uploading' && <button onClick={photo.cancel}>Cancel</button>}
 * ```
 */
export function useAvatarUpload(): AvatarUploadResult {
  const client = useProfileClient()
  // The upload still sending bytes, which `cancel` may stop; `null` once its image is stored.
  const sending = useRef<AbortController | null>(null)
  const [progress, setProgress] = useState<UploadProgress | null>(null)
  const [saving, setSaving] = useState(false)
  const mutation = useMutation<Profile, ProfileError, Upload>(
    {
      mutationKey: [...profileKeys.all(client.scope), 'uploadAvatar', ...client.sessionKey],
      mutationFn: ({ image, controller }) => {
        const current = () => sending.current === controller
        const stored = () => {
          if (!current()) return
          sending.current = null
          setSaving(true)
        }
        return uploadAvatar(client, image, {
          signal: controller.signal,
          onProgress: (reported) => current() && setProgress(reported),
          onUploaded: stored,
        }).finally(() => current() && (sending.current = null))
      },
      networkMode: 'always',
      retry: false,
    },
    client.queryClient,
  )
  const { reset: resetMutation, mutateAsync, status } = mutation
  // Checked here, not when the provider starts, so apps without photos do not bundle the check.
  const imageRule = useMemo(() => resolveAvatarImageRule(client.adapter.avatarImage), [client.adapter])

  // The controller exists from the call on, so a cancel right after `upload` stops it too.
  const upload = useCallback(
    (image: Blob) => {
      sending.current?.abort()
      const controller = new AbortController()
      sending.current = controller
      setProgress(null)
      setSaving(false)
      return mutateAsync({ image, controller })
    },
    [mutateAsync],
  )
  const reset = useCallback(() => {
    sending.current?.abort()
    sending.current = null
    resetMutation()
    setProgress(null)
    setSaving(false)
  }, [resetMutation])
  const cancel = useCallback(() => {
    if (sending.current) reset()
  }, [reset])

  return {
    upload,
    cancel,
    status: status === 'pending' ? (saving ? 'saving' : 'uploading') : status,
    progress,
    error: mutation.error,
    reset,
    canUpload: typeof client.adapter.uploadAvatar === 'function',
    imageRule,
  }
}
