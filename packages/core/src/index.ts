'use client'
/**
 * `@profile-kit/core`: the React entry (provider and hooks) plus everything in `./vanilla`.
 */
export * from './vanilla'
export {
  ProfileProvider,
  useProfileClient,
  useProfileKitConfig,
  defaultDisplayName,
} from './react/ProfileProvider'
export type { ProfileProviderProps, ProfileKitConfig, DraftStorage } from './react/ProfileProvider'
export { useMyProfile } from './react/useMyProfile'
export { useUserProfile } from './react/useUserProfile'
export type { UserProfileResult } from './react/useUserProfile'
export { useUserProfiles } from './react/useUserProfiles'
export type { UserProfilesResult } from './react/UserListObserver'
export { useUpdateProfile } from './react/useUpdateProfile'
export { useProfileSchema } from './react/useProfileSchema'
