import { ProfileError, type ProfilePatch } from '@profile-kit/core/vanilla'
import type { NIMUserGender, NimClassicUpdateParams } from './nimClassicTypes'

type StandardPatch = Omit<ProfilePatch, 'customFields'>

const DATE = /^\d{4}-\d{2}-\d{2}$/
const GENDERS: readonly NIMUserGender[] = ['unknown', 'male', 'female']

/** Kit field -> `updateMyInfo` key, for the text fields the classic SDK stores. */
const TEXT_FIELDS = {
  nick: 'nick',
  avatar: 'avatar',
  selfSignature: 'sign',
  email: 'email',
  phone: 'tel',
} as const satisfies Partial<Record<keyof StandardPatch, keyof NimClassicUpdateParams>>

/**
 * The standard fields of a kit patch as `nim.updateMyInfo` options (custom fields go into
 * `custom`, merged with the stored value by the adapter). `undefined` and `null` keys are left out.
 *
 * @throws {ProfileError} `invalid_argument` with `field` for location, allowType, language, level
 * and role (the classic SDK has no such fields), unknown keys, and values of the wrong type.
 * @example
 * ```ts
 * toNimClassicPatch({ nick: 'Ada', selfSignature: 'hi', birthday: '1990-01-02' })
 * // { nick: 'Ada', sign: 'hi', birth: '1990-01-02' }
 * ```
 */
export function toNimClassicPatch(patch: StandardPatch): NimClassicUpdateParams {
  const params: NimClassicUpdateParams = {}
  for (const field of Object.keys(patch) as Array<keyof StandardPatch>) {
    const value: unknown = patch[field]
    if (value === undefined || value === null) continue
    if (Object.hasOwn(TEXT_FIELDS, field)) {
      params[TEXT_FIELDS[field as keyof typeof TEXT_FIELDS]] = text(value, field)
    } else if (field === 'gender') {
      if (!GENDERS.includes(value as NIMUserGender))
        throw invalid(field, `must be one of ${GENDERS.join(', ')}`)
      params.gender = value as NIMUserGender
    } else if (field === 'birthday') {
      const birth = text(value, field)
      if (birth !== '' && !DATE.test(birth))
        throw invalid(field, "must be written YYYY-MM-DD (or '' to clear it)")
      params.birth = birth
    } else {
      throw invalid(field, 'is not stored by the classic NetEase IM SDK; leave it out of the patch')
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
