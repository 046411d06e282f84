/**
 * `@profile-kit/core/vanilla`: everything that does not need React, for servers, React Server
 * Components and non-React code. Importing it never touches `window` or React.
 */
export type { Gender, AllowType, Profile, ProfilePatch, ProfileChange, StandardField } from './model/profile'
export { STANDARD_FIELDS, EDITABLE_FIELDS, GENDERS, ALLOW_TYPES } from './model/profile'
export type { ProfileSchema, FieldRule, CustomFieldDefinition, CustomFieldType } from './model/schema'
export { DEFAULT_MAX_BATCH_SIZE } from './model/schema'
export { normalizeProfile } from './model/normalizeProfile'
export { isCalendarDate } from './model/isCalendarDate'
export { applyPatch } from './model/applyPatch'
export { diffPatch } from './model/diffPatch'
export { isEmptyPatch } from './model/isEmptyPatch'
export { profilesEqual } from './model/profilesEqual'
export { resolveSchema } from './model/resolveSchema'
export type { ResolvedSchema } from './model/resolveSchema'
export { editableFields } from './model/editableFields'
export type { ProfileAdapter } from './adapter/ProfileAdapter'
export type { ProfileErrorCode, ProfileErrorOptions } from './errors/ProfileError'
export { ProfileError, isProfileError, toProfileError } from './errors/ProfileError'
