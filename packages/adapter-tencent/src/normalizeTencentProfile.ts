import {
  normalizeProfile,
  type AdminForbidType,
  type AllowType,
  type Gender,
  type MessageSettings,
  type Profile,
} from '@profile-kit/core/vanilla'
import { fromTencentBirthday } from './tencentBirthday'
import { TENCENT_ADMIN_FORBID_TYPE, TENCENT_ALLOW_TYPE, TENCENT_GENDER } from './tencentConstants'
import { fromTencentCustomFields } from './tencentCustomFields'
import type { TencentProfile } from './tencentTypes'

const GENDER_FROM_TENCENT = invert(TENCENT_GENDER)
const ALLOW_TYPE_FROM_TENCENT = invert(TENCENT_ALLOW_TYPE)
const ADMIN_FORBID_TYPE_FROM_TENCENT = invert(TENCENT_ADMIN_FORBID_TYPE)

/**
 * A Tencent Cloud Chat profile as the kit's frozen {@link Profile}: gender and allowType constants
 * mapped (the SDK's `''` default reads as `'unknown'`; an unset allowType as `'allowAny'`, the
 * SDK's own default), `messageSettings` (bit 0: do not receive) as `'receive'`/`'doNotReceive'`,
 * `adminForbidType` as `'none'`/`'sendOut'`, birthday `YYYYMMDD` as
 * `'YYYY-MM-DD'`, `profileCustomField` as `customFields` without the `Tag_Profile_Custom_` prefix,
 * `lastUpdatedTime` (the SDK's cache stamp) as `updatedAt`. The SDK's object is copied, never kept.
 *
 * @throws {ProfileError} `unknown` when `raw` is not a profile with a `userID`.
 * @example
 * ```ts
 * const { data } = await chat.getMyProfile()
 * const me = normalizeTencentProfile(data)
 * ```
 */
export function normalizeTencentProfile(raw: unknown): Profile {
  if (typeof raw !== 'object' || raw === null) return normalizeProfile(raw)
  const profile = raw as Partial<TencentProfile>
  return normalizeProfile({
    userID: profile.userID,
    nick: profile.nick,
    avatar: profile.avatar,
    gender: GENDER_FROM_TENCENT.get(profile.gender),
    selfSignature: profile.selfSignature,
    birthday: fromTencentBirthday(profile.birthday),
    location: profile.location,
    // Unset reads as AllowType_Type_AllowAny in the SDK (its default), not the kit's needConfirm.
    allowType: ALLOW_TYPE_FROM_TENCENT.get(profile.allowType) ?? 'allowAny',
    messageSettings: fromTencentMessageSettings(profile.messageSettings),
    adminForbidType: ADMIN_FORBID_TYPE_FROM_TENCENT.get(profile.adminForbidType),
    language: profile.language,
    level: profile.level,
    role: profile.role,
    customFields: fromTencentCustomFields(profile.profileCustomField),
    updatedAt: profile.lastUpdatedTime,
  })
}

/** Tencent keeps message settings as flags: bit 0 set means "do not receive". Other values: unset. */
function fromTencentMessageSettings(value: unknown): MessageSettings | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) return undefined
  return value & 1 ? 'doNotReceive' : 'receive'
}

function invert<K extends Gender | AllowType | AdminForbidType>(
  map: Record<K, string>,
): ReadonlyMap<unknown, K> {
  return new Map(Object.entries(map).map(([kit, vendor]) => [vendor, kit as K]))
}
