/**
 * `@profile-kit/core/vanilla`: everything that does not need React, for servers, React Server
 * Components and non-React code. Importing it never touches `window` or React.
 */
export type {
  Gender,
  AllowType,
  MessageSettings,
  AdminForbidType,
  Profile,
  ProfilePatch,
  ProfileChange,
  StandardField,
} from './model/profile'
export { GENDERS, ALLOW_TYPES, MESSAGE_SETTINGS, ADMIN_FORBID_TYPES } from './model/profile'
export type { ProfileSchema, FieldRule, CustomFieldDefinition, CustomFieldType } from './model/schema'
export { normalizeProfile } from './model/normalizeProfile'
export { isCalendarDate, isPlainObject, isRecord, isUserID, readOwn } from './model/guards'
export { applyPatch } from './model/applyPatch'
export { diffPatch, isEmptyPatch } from './model/diffPatch'
export { editableFields, resolveSchema } from './model/resolveSchema'
export type { ResolvedSchema } from './model/resolveSchema'
export { validatePatch } from './validation/validatePatch'
export { validateCustomValue } from './validation/valueIssue'
export type { ValidationIssue, ValidationRule } from './validation/ValidationIssue'
export { utf8ByteLength } from './validation/textLength'
export { isHttpUrl, isPlausibleEmail } from './validation/formats'
export type { ProfileAdapter } from './adapter/ProfileAdapter'
export type { AvatarImageRule, AvatarUploadOptions, UploadProgress } from './adapter/AvatarUpload'
export { resolveAvatarImageRule } from './adapter/resolveAvatarImageRule'
export type { ResolvedAvatarImageRule } from './adapter/resolveAvatarImageRule'
export { isUploadCancelled } from './client/avatarUploadCancelled'
export { uploadAvatar } from './client/uploadAvatar'
export type { UploadAvatarOptions } from './client/uploadAvatar'
export type { PresenceChange, PresenceSource, UserPresence } from './adapter/PresenceSource'
export type { RemarkChange, RemarkSource, UserRemark } from './adapter/RemarkSource'
export type { Presence, PresenceState } from './presence/presence'
export { createPresenceManager, DEFAULT_PRESENCE_GRACE_MS } from './presence/createPresenceManager'
export { presenceOf } from './presence/presenceOf'
export type { PresenceManager, PresenceOptions } from './presence/createPresenceManager'
export { createVendorErrorMapper } from './adapter/createVendorErrorMapper'
export type {
  VendorErrorMapper,
  VendorErrorMapperOptions,
  VendorErrorMapping,
} from './adapter/createVendorErrorMapper'
export { batchUserIDs } from './adapter/batchUserIDs'
export { createResetCoalescer } from './adapter/createResetCoalescer'
export type { ResetCoalescer } from './adapter/createResetCoalescer'
export type { ProfileErrorCode, ProfileErrorOptions } from './errors/ProfileError'
export { ProfileError, isProfileError, toProfileError } from './errors/ProfileError'
export { createProfileLoader } from './loader/createProfileLoader'
export type { ProfileLoader, ProfileLoaderOptions } from './loader/createProfileLoader'
export type { RetryOptions } from './loader/options'
export { createMemoryAdapter } from './memory/createMemoryAdapter'
export type { MemoryAdapter, MemoryAdapterOptions, SeedProfile } from './memory/createMemoryAdapter'
export type { MemoryPresence, MemoryPresenceCall, MemoryPresenceOptions } from './memory/createMemoryPresence'
export type { MemoryRemarkSource, SeedFriend } from './memory/createMemoryRemarks'
export { profileKeys } from './client/profileKeys'
export { createProfileClient } from './client/createProfileClient'
export type { ProfileClient, ProfileClientOptions, ProfileQueryOptions } from './client/createProfileClient'
export type { RemarkRules } from './client/createRemarkCache'
export { prefetchUserProfiles, prefetchMyProfile } from './client/prefetchUserProfiles'
export { invalidateProfiles } from './client/invalidateProfiles'
export type { InvalidateProfilesOptions } from './client/invalidateProfiles'
