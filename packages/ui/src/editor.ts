'use client'
/**
 * `@profile-kit/ui/editor`: the editing components on their own entry, so an app can load them
 * lazily (`React.lazy(() => import('@profile-kit/ui/editor'))`) and keep react-hook-form and zustand
 * out of its first download. The root entry exports the same components for apps that load eagerly.
 */
export type { DraftStorage, ProfileUISettings } from './settings'
export { ProfileEditor } from './ProfileEditor/ProfileEditor'
export type { ProfileEditorProps } from './ProfileEditor/ProfileEditor'

export { AvatarPicker } from './AvatarPicker/AvatarPicker'
export type { AvatarPickerProps } from './AvatarPicker/AvatarPicker'
export { prepareAvatarImage } from './AvatarPicker/prepareAvatarImage'
export type { AvatarOutputRule, PrepareAvatarImageOptions } from './AvatarPicker/prepareAvatarImage'
export type { CropArea } from './AvatarPicker/renderAvatarImage'
export { AvatarImageError, sniffImageType, READABLE_IMAGE_TYPES } from './AvatarPicker/avatarImageCheck'
export type { AvatarImageProblem, ReadableImageType } from './AvatarPicker/avatarImageCheck'

export { CustomFieldEditor } from './CustomFieldEditor/CustomFieldEditor'
export type { CustomFieldEditorProps, CustomFieldValidator } from './CustomFieldEditor/CustomFieldEditor'
