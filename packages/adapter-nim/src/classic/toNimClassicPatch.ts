import { toNimPatchParams, type NimPatchKeys, type StandardPatch } from '../nimPatchParams'
import type { NimClassicUpdateParams } from './nimClassicTypes'

/** Where `updateMyInfo` takes the fields the classic SDK stores; it names genders as the kit does. */
const CLASSIC_KEYS: NimPatchKeys<NimClassicUpdateParams> = {
  text: { nick: 'nick', avatar: 'avatar', selfSignature: 'sign', email: 'email', phone: 'tel' },
  gender: { unknown: 'unknown', male: 'male', female: 'female' },
  birthday: 'birth',
  sdkName: 'the classic NetEase IM SDK',
}

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
  return toNimPatchParams(patch, CLASSIC_KEYS)
}
