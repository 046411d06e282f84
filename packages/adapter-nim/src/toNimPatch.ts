import { ProfileError, type ProfilePatch } from '@profile-kit/core/vanilla'
import { NIM_GENDER } from './nimConstants'
import type { V2NIMUserUpdateParams } from './nimTypes'

type StandardPatch = Omit<ProfilePatch, 'customFields'>

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** Kit field -> V2NIMUserUpdateParams key, for the text fields NetEase stores. */
const TEXT_FIELDS = {
  nick: 'name',
  avatar: 'avatar',
  selfSignature: 'sign',
  email: 'email',
  phone: 'mobile',
} as const satisfies Partial<Record<keyof StandardPatch, keyof V2NIMUserUpdateParams>>

/**
 * The standard fields of a kit patch as `updateSelfUserProfile` params (custom fields go through
 * `mergeNimExtension`, which needs the stored extension). `undefined` and `null` keys are left out.
 *
 * @throws {ProfileError} `invalid_argument` with `field` for location, allowType, language, level
 * and role (NetEase has no such fields), unknown keys, and values of the wrong type.
 * @example
 * ```ts
 * toNimPatch({ nick: 'Ada', gender: 'female', phone: '123' }) // { name: 'Ada', gender: 2, mobile: '123' }
 * ```
 */
export function toNimPatch(patch: StandardPatch): V2NIMUserUpdateParams {
  const params: V2NIMUserUpdateParams = {}
  for (const field of Object.keys(patch) as Array<keyof StandardPatch>) {
    const value: unknown = patch[field]
    if (value === undefined || value === null) continue
    if (Object.hasOwn(TEXT_FIELDS, field)) {
      params[TEXT_FIELDS[field as keyof typeof TEXT_FIELDS]] = text(value, field)
    } else if (field === 'gender') {
      if (typeof value !== 'string' || !Object.hasOwn(NIM_GENDER, value)) {
        throw invalid(field, `must be one of ${Object.keys(NIM_GENDER).join(', ')}`)
      }
      params.gender = NIM_GENDER[value as keyof typeof NIM_GENDER]
    } else if (field === 'birthday') {
      const birthday = text(value, field)
      if (birthday !== '' && !DATE.test(birthday))
        throw invalid(field, "must be written YYYY-MM-DD (or '' to clear it)")
      params.birthday = birthday
    } else {
      throw invalid(field, 'is not stored by NetEase IM; leave it out of the patch')
    }
  }
  return params
}

function text(value: unknown, field: string): string {
  if (typeof value !== 'string') throw invalid(field, 'must be a string')
  return value
}

function invalid(field: string, problem: string): ProfileError {
  return new ProfileError('invalid_argument', `Profile field '${field}' ${problem}.`, { field })
}
