'use client'
/**
 * `@profile-kit/ui`: accessible, themeable profile components. Unstyled by default; import
 * `@profile-kit/ui/styles.css` for the theme.
 */
export type { Profile } from '@profile-kit/core'

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
