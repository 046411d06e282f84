'use client'
/**
 * `@profile-kit/core`: the client entry — the provider, the hooks, and what apps use beside them
 * (errors, cache keys, SSR and logout helpers). Every type of the kit is exported here too.
 * Everything else that needs no React (model helpers, validation, the loader, the memory adapter)
 * is in `@profile-kit/core/vanilla`, so this entry stays small.
 */
export type * from './vanilla'
export { ProfileError, isProfileError } from './errors/ProfileError'
export { profileKeys } from './client/profileKeys'
export { prefetchUserProfiles, prefetchMyProfile } from './client/prefetchUserProfiles'
export { invalidateProfiles } from './client/invalidateProfiles'
export {
  ProfileProvider,
  useProfileClient,
  useProfileKitConfig,
  useProfileComponentSettings,
} from './react/ProfileProvider'
export type {
  ProfileProviderProps,
  ProfileKitConfig,
  ProfileComponentSettings,
} from './react/ProfileProvider'
export { defaultDisplayName } from './react/ProfileProvider'
export type { DisplayName, DisplayNameContext } from './react/ProfileProvider'
export { useDisplayName } from './react/useDisplayName'
export { useRemark } from './react/useRemark'
export type { RemarkResult } from './react/useRemark'
export { useSetRemark } from './react/useSetRemark'
export type { SetRemarkVariables } from './react/useSetRemark'
export { useMyProfile } from './react/useMyProfile'
export type { MyProfileResult } from './react/useMyProfile'
export { useUserProfile } from './react/useUserProfile'
export type { UserProfileResult } from './react/useUserProfile'
export { useUserProfiles } from './react/useUserProfiles'
export type { UserProfilesResult } from './react/UserListObserver'
export { useUpdateProfile } from './react/useUpdateProfile'
export { useProfileSchema } from './react/useProfileSchema'
export { usePresence, useUserPresence } from './react/usePresence'
export { useAvatarUpload } from './react/useAvatarUpload'
export type { AvatarUploadResult, AvatarUploadStatus } from './react/useAvatarUpload'
export { isUploadCancelled } from './client/avatarUploadCancelled'
