import { ProfileError, type Gender, type ProfilePatch } from '@profile-kit/core/vanilla'

/** A patch's standard fields: custom fields go into the stored extension, merged apart. */
export type StandardPatch = Omit<ProfilePatch, 'customFields'>

/**
 * How one NetEase SDK's update call names the standard fields it stores. The V2 SDK
 * (`updateSelfUserProfile`) and the classic one (`updateMyInfo`) store the same fields under
 * different keys, with different gender values.
 */
export interface NimPatchKeys<TParams> {
  /** Kit text field -> the SDK's key. */
  text: { readonly [K in keyof StandardPatch]?: keyof TParams }
  /** The SDK's value for each kit gender. */
  gender: Readonly<Record<Gender, TParams extends { gender?: infer SdkGender } ? SdkGender : never>>
  /** The SDK's key for the birthday (`YYYY-MM-DD`, or `''` to clear it). */
  birthday: keyof TParams
  /** The SDK as the error for a field it does not store names it. */
  sdkName: string
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * The standard fields of a kit patch as an SDK's update params, keyed by `keys`. `undefined` and
 * `null` values are left out.
 *
 * @throws {ProfileError} `invalid_argument` with `field` for fields the SDK does not store
 * (location, allowType, language, level, role), unknown keys, and values of the wrong type.
 */
export function toNimPatchParams<TParams extends object>(
  patch: StandardPatch,
  keys: NimPatchKeys<TParams>,
): TParams {
  const params: Record<string, unknown> = {}
  for (const field of Object.keys(patch) as Array<keyof StandardPatch>) {
    const value: unknown = patch[field]
    if (value === undefined || value === null) continue
    const textKey = Object.hasOwn(keys.text, field) ? keys.text[field] : undefined
    if (textKey !== undefined) params[textKey as string] = text(value, field)
    else if (field === 'gender') params.gender = gender(value, keys.gender)
    else if (field === 'birthday') params[keys.birthday as string] = birthday(value)
    else throw invalid(field, `is not stored by ${keys.sdkName}; leave it out of the patch`)
  }
  return params as TParams
}

function gender(value: unknown, values: Readonly<Record<Gender, unknown>>): unknown {
  if (typeof value !== 'string' || !Object.hasOwn(values, value)) {
    throw invalid('gender', `must be one of ${Object.keys(values).join(', ')}`)
  }
  return values[value as Gender]
}

function birthday(value: unknown): string {
  const date = text(value, 'birthday')
  if (date !== '' && !DATE.test(date)) {
    throw invalid('birthday', "must be written YYYY-MM-DD (or '' to clear it)")
  }
  return date
}

function text(value: unknown, field: string): string {
  if (typeof value !== 'string') throw invalid(field, 'must be a string')
  return value
}

function invalid(field: string, problem: string): ProfileError {
  return new ProfileError('invalid_argument', `Profile field '${field}' ${problem}.`, { field })
}
