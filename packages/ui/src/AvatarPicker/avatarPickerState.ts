import type { AvatarUploadResult } from '@profile-kit/core'

/** Where the picker is: `data-state` on its root. */
export type AvatarPickerState =
  'loading' | 'load-error' | 'idle' | 'cropping' | 'preparing' | 'uploading' | 'saving' | 'error'

export interface AvatarPickerFacts {
  /** My profile: loaded, failed, or on its way. */
  profile: 'loaded' | 'failed' | 'loading'
  /** A picked photo is in the crop step. */
  cropping: boolean
  /** The photo is being checked, cropped and encoded. */
  preparing: boolean
  upload: AvatarUploadResult['status']
}

/** The one state the picker shows, from what is true at the moment. */
export function avatarPickerState({
  profile,
  cropping,
  preparing,
  upload,
}: AvatarPickerFacts): AvatarPickerState {
  if (profile !== 'loaded') return profile === 'failed' ? 'load-error' : 'loading'
  if (!cropping) return 'idle'
  if (preparing) return 'preparing'
  if (upload === 'uploading' || upload === 'saving') return upload
  return upload === 'error' ? 'error' : 'cropping'
}

/** How far the upload is, 0–100 (100 while its URL is saved); `undefined` before the adapter reports. */
export function uploadPercent({ status, progress }: Pick<AvatarUploadResult, 'status' | 'progress'>) {
  if (status === 'saving') return 100
  if (!progress || progress.total <= 0) return undefined
  return Math.min(100, Math.round((progress.loaded / progress.total) * 100))
}
