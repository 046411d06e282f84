import { NIM_GENDER } from './nimConstants'
import { toNimPatchParams, type NimPatchKeys, type StandardPatch } from './nimPatchParams'
import type { V2NIMUserUpdateParams } from './nimTypes'

/** Where `updateSelfUserProfile` takes the fields NetEase stores. */
const V2_KEYS: NimPatchKeys<V2NIMUserUpdateParams> = {
  text: { nick: 'name', avatar: 'avatar', selfSignature: 'sign', email: 'email', phone: 'mobile' },
  gender: NIM_GENDER,
  birthday: 'birthday',
  sdkName: 'NetEase IM',
}

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
  return toNimPatchParams(patch, V2_KEYS)
}
