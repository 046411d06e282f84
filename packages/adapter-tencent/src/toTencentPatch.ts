import type TencentCloudChat from '@tencentcloud/chat'
import { ProfileError, type ProfilePatch } from '@profile-kit/core/vanilla'
import { toTencentBirthday } from './tencentBirthday'
import {
  TENCENT_ADMIN_FORBID_TYPE,
  TENCENT_ALLOW_TYPE,
  TENCENT_GENDER,
  TENCENT_MESSAGE_SETTINGS,
} from './tencentConstants'
import { toTencentCustomFields } from './tencentCustomFields'
import type { TencentProfileUpdate } from './tencentTypes'

type Converter = (value: unknown, field: string) => TencentProfileUpdate[keyof TencentProfileUpdate]

const text: Converter = (value, field) => ofType('string', value, field)
const number: Converter = (value, field) => ofType('number', value, field)

/** Patch fields Tencent stores, each with its conversion. email and phone have no Tencent field. */
const CONVERTERS: Partial<Record<keyof ProfilePatch, Converter>> = {
  nick: text,
  avatar: text,
  selfSignature: text,
  location: text,
  language: number,
  level: number,
  role: number,
  birthday: (value, field) => toTencentBirthday(ofType('string', value, field)),
  // The literals are checked against TencentCloudChat.TYPES in tencentConstants.
  gender: (value, field) => oneOf(TENCENT_GENDER, value, field) as TencentCloudChat.TYPES,
  allowType: (value, field) => oneOf(TENCENT_ALLOW_TYPE, value, field) as TencentCloudChat.TYPES,
  adminForbidType: (value, field) => oneOf(TENCENT_ADMIN_FORBID_TYPE, value, field) as TencentCloudChat.TYPES,
  messageSettings: (value, field) => oneOf(TENCENT_MESSAGE_SETTINGS, value, field),
  customFields: (value, field) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw invalid(field, 'must be an object of strings (null removes a field)')
    }
    return toTencentCustomFields(value as Record<string, string | null>)
  },
}

/**
 * A kit patch as `chat.updateMyProfile` options. Keys that are `undefined` or `null`, and an empty
 * custom-field list, are left out: the SDK rejects them (2721), and `profileCustomField: undefined`
 * even crashes it. An empty result means there is nothing to send.
 *
 * @throws {ProfileError} `invalid_argument` with `field` for `email`/`phone` (Tencent has no such
 * fields), unknown keys, and values of the wrong type or outside the enums.
 * @example
 * ```ts
 * toTencentPatch({ gender: 'female', birthday: '1990-01-02', customFields: { team: 'core' } })
 * // { gender: 'Gender_Type_Female', birthday: 19900102,
 * //   profileCustomField: [{ key: 'Tag_Profile_Custom_team', value: 'core' }] }
 * ```
 */
export function toTencentPatch(patch: ProfilePatch): TencentProfileUpdate {
  const options: Record<string, unknown> = {}
  for (const field of Object.keys(patch) as Array<keyof ProfilePatch>) {
    const value: unknown = patch[field]
    if (value === undefined || value === null) continue
    const convert = Object.hasOwn(CONVERTERS, field) ? CONVERTERS[field] : undefined
    if (!convert) throw invalid(field, 'is not stored by Tencent Cloud Chat; leave it out of the patch')
    const converted = convert(value, field)
    if (Array.isArray(converted) && converted.length === 0) continue
    options[field === 'customFields' ? 'profileCustomField' : field] = converted
  }
  return options as TencentProfileUpdate
}

function ofType<T extends 'string' | 'number'>(
  type: T,
  value: unknown,
  field: string,
): T extends 'string' ? string : number {
  if (typeof value !== type || (type === 'number' && !Number.isFinite(value))) {
    throw invalid(field, `must be a ${type === 'number' ? 'finite number' : 'string'}`)
  }
  return value as T extends 'string' ? string : number
}

function oneOf<K extends string, V>(map: Record<K, V>, value: unknown, field: string): V {
  if (typeof value === 'string' && Object.hasOwn(map, value)) return map[value as K]
  throw invalid(field, `must be one of ${Object.keys(map).join(', ')}`)
}

function invalid(field: string, problem: string): ProfileError {
  return new ProfileError('invalid_argument', `Profile field '${field}' ${problem}.`, { field })
}
