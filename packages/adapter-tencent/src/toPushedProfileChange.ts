import type { Profile, ProfileChange } from '@profile-kit/core/vanilla'
import { normalizeTencentProfile } from './normalizeTencentProfile'
import type { TencentProfile } from './tencentTypes'

/**
 * The values the SDK gives a profile it builds from scratch (its Profile constructor, 3.6.6):
 * a field still holding one of these was not in the push.
 */
const SDK_DEFAULTS: ReadonlyArray<[keyof TencentProfile, keyof Profile, unknown]> = [
  ['nick', 'nick', ''],
  ['avatar', 'avatar', ''],
  ['gender', 'gender', ''],
  ['selfSignature', 'selfSignature', ''],
  ['birthday', 'birthday', 0],
  ['location', 'location', ''],
  ['allowType', 'allowType', 'AllowType_Type_AllowAny'],
  ['messageSettings', 'messageSettings', 0],
  ['adminForbidType', 'adminForbidType', 'AdminForbid_Type_None'],
  ['language', 'language', 0],
  ['level', 'level', 0],
  ['role', 'role', 0],
]

/**
 * A change from a profile the SDK built from a push alone: when a push arrives for a friend (or
 * me) the SDK has not cached in full, it fills every field the push did not carry with its
 * defaults and emits that. Only fields holding something other than the SDK's default can have
 * come from the push, so only they are kept; custom fields are all pushed ones.
 *
 * A pushed value equal to the SDK's default (a cleared status line, say) cannot be told from an
 * absent one and is left out: the change never blanks a field it may not have carried.
 *
 * @example
 * ```ts
 * toPushedProfileChange({ userID: 'ada', nick: '', selfSignature: 'Weaving', ... })
 * // { userID: 'ada', selfSignature: 'Weaving', updatedAt: ... }
 * ```
 */
export function toPushedProfileChange(raw: Partial<TencentProfile> & { userID: string }): ProfileChange {
  const profile = normalizeTencentProfile(raw)
  const change: Record<string, unknown> = { userID: profile.userID, updatedAt: profile.updatedAt }
  for (const [sdkField, kitField, sdkDefault] of SDK_DEFAULTS) {
    const value = raw[sdkField]
    if (value !== undefined && value !== sdkDefault) change[kitField] = profile[kitField]
  }
  if (Object.keys(profile.customFields).length > 0) change.customFields = profile.customFields
  return change as ProfileChange
}
