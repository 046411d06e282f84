'use client'
/**
 * `@profile-kit/ui`: accessible, themeable profile components. Unstyled by default; import
 * `@profile-kit/ui/styles.css` for the theme.
 */
export type { Profile } from '@profile-kit/core'
export type { DraftStorage, ProfileUISettings } from './settings'

export { en } from './messages/en'
export type { Messages, MessageKey } from './messages/en'
export { zhCN } from './messages/zhCN'
export { formatMessage } from './messages/formatMessage'
export { createTranslator } from './messages/createTranslator'
export type { Translate } from './messages/createTranslator'
export { useMessages } from './messages/useMessages'

export { Avatar } from './Avatar/Avatar'
export type { AvatarProps, AvatarSize } from './Avatar/Avatar'
export { AVATAR_PALETTE, avatarColor } from './Avatar/avatarColor'
export type { AvatarColor } from './Avatar/avatarColor'
export { getInitials } from './Avatar/getInitials'
export { safeImageUrl } from './Avatar/safeImageUrl'
export { forgetFailedAvatar } from './Avatar/forgetFailedAvatar'

export { PresenceStatus } from './Presence/PresenceStatus'
export type { PresenceStatusProps } from './Presence/PresenceStatus'
export { usePresenceText } from './Presence/usePresenceText'

export { ProfileCard } from './ProfileCard/ProfileCard'
export type { ProfileCardProps } from './ProfileCard/ProfileCard'
export { useProfileCard } from './ProfileCard/ProfileCardContext'
export type {
  ProfileCardState,
  ProfileCardField,
  ProfileCardContextValue,
} from './ProfileCard/ProfileCardContext'
export { ProfileCardAvatar } from './ProfileCard/ProfileCardAvatar'
export type { ProfileCardAvatarProps } from './ProfileCard/ProfileCardAvatar'
export { ProfileCardName } from './ProfileCard/ProfileCardName'
export type { ProfileCardNameProps } from './ProfileCard/ProfileCardName'
export { ProfileCardStatus } from './ProfileCard/ProfileCardStatus'
export type { ProfileCardStatusProps } from './ProfileCard/ProfileCardStatus'
export { ProfileCardFields } from './ProfileCard/ProfileCardFields'
export type { ProfileCardFieldsProps } from './ProfileCard/ProfileCardFields'
export { ProfileCardRemark } from './ProfileCard/ProfileCardRemark'
export type { ProfileCardRemarkProps } from './ProfileCard/ProfileCardRemark'
export { ProfileCardMessage } from './ProfileCard/ProfileCardMessage'
export type { ProfileCardMessageProps } from './ProfileCard/ProfileCardMessage'

export { ProfileEditor } from './ProfileEditor/ProfileEditor'
export type { ProfileEditorProps } from './ProfileEditor/ProfileEditor'
export { ProfileEditorFallback } from './ProfileEditorFallback/ProfileEditorFallback'
export type { ProfileEditorFallbackProps } from './ProfileEditorFallback/ProfileEditorFallback'

export { AvatarPicker } from './AvatarPicker/AvatarPicker'
export type { AvatarPickerProps } from './AvatarPicker/AvatarPicker'
export { prepareAvatarImage } from './AvatarPicker/prepareAvatarImage'
export type { AvatarOutputRule, PrepareAvatarImageOptions } from './AvatarPicker/prepareAvatarImage'
export type { CropArea } from './AvatarPicker/renderAvatarImage'
export { AvatarImageError, sniffImageType, READABLE_IMAGE_TYPES } from './AvatarPicker/avatarImageCheck'
export type { AvatarImageProblem, ReadableImageType } from './AvatarPicker/avatarImageCheck'

export { CustomFieldEditor } from './CustomFieldEditor/CustomFieldEditor'
export type { CustomFieldEditorProps, CustomFieldValidator } from './CustomFieldEditor/CustomFieldEditor'
