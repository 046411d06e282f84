import { isProfileError, ProfileError } from '../errors/ProfileError'
import { coerceCustomValue, customFieldRecord } from './customFields'
import { coerceField } from './coerceField'
import { describeValue } from '../errors/invalidArgument'
import { isRecord, isUserID, readOwn } from './guards'
import { STANDARD_FIELDS, type Profile, type StandardField } from './profile'

/**
 * The value of every field an adapter left out or sent in an unusable form.
 * `allowType` defaults to `'needConfirm'`: a profile of unknown policy must never look more open to
 * friend requests than it may be. (Adapters map what their backend reports for unset: Tencent's SDK
 * and NetEase both read as `'allowAny'`.)
 */
const DEFAULTS: { readonly [K in StandardField]: Profile[K] } = {
  nick: '',
  avatar: '',
  gender: 'unknown',
  selfSignature: '',
  birthday: '',
  location: '',
  allowType: 'needConfirm',
  messageSettings: 'receive',
  adminForbidType: 'none',
  email: '',
  phone: '',
  language: 0,
  level: 0,
  role: 0,
}

/** Profiles this module produced: normalizing them again returns them unchanged, for free. */
const normalized = new WeakSet<object>()

/**
 * Turns whatever an adapter answered into a complete {@link Profile}: every key present, deeply
 * frozen, plain objects all the way down (so React Server Components, `structuredClone` and JSON
 * carry it), with a field named `__proto__` kept as an own key of `customFields`.
 * Never mutates `raw` and reads only its own properties, so a polluted `Object.prototype` cannot
 * inject values.
 *
 * - Missing or unusable values take the defaults: `''`, gender `'unknown'`, allowType
 *   `'needConfirm'` (never more open than the truth), messageSettings
 *   `'receive'` and adminForbidType `'none'` (what Tencent reports for unset), numbers and
 *   `updatedAt` `0`.
 * - Finite numbers become decimal strings where strings belong; numeric strings are parsed where
 *   numbers belong; NaN and Infinity become `0`; a birthday that is no real `YYYY-MM-DD` date
 *   becomes `''`.
 * - Custom values: numbers and booleans become strings, `''` and other types are dropped.
 *
 * Normalizing a profile this function returned gives back the same object.
 *
 * @throws {ProfileError} `unknown` when `raw` is not an object or has no non-blank string
 * `userID`; loaders skip such items.
 * @example
 * ```ts
 * const profile = normalizeProfile({ userID: 'u1', nick: 42, customFields: { vip: true } })
 * profile.nick // '42'
 * profile.gender // 'unknown'
 * profile.customFields.vip // 'true'
 * Object.isFrozen(profile) // true
 * ```
 */
export function normalizeProfile(raw: unknown): Profile {
  if (typeof raw === 'object' && raw !== null && normalized.has(raw)) return raw as Profile
  if (!isRecord(raw)) {
    throw new ProfileError(
      'unknown',
      `A profile must be an object with a userID, but the adapter returned ${describeValue(raw)}.`,
    )
  }
  try {
    return build(raw)
  } catch (error) {
    if (isProfileError(error)) throw error
    // A hostile getter or Proxy trap threw while we read the answer.
    throw new ProfileError('unknown', 'Reading a profile returned by the adapter failed.', { cause: error })
  }
}

function build(raw: object): Profile {
  const userID = readOwn(raw, 'userID')
  if (!isUserID(userID)) {
    throw new ProfileError(
      'unknown',
      `A profile needs a non-empty string userID, but the adapter returned ${describeValue(userID)}; make the adapter set userID on every profile.`,
    )
  }
  const profile: Record<string, unknown> = { userID }
  for (const field of STANDARD_FIELDS) {
    profile[field] = coerceField(field, readOwn(raw, field)) ?? DEFAULTS[field]
  }
  profile.customFields = customFieldRecord(customEntries(readOwn(raw, 'customFields')))
  profile.updatedAt = coerceField('updatedAt', readOwn(raw, 'updatedAt')) ?? 0
  const result = Object.freeze(profile) as unknown as Profile
  normalized.add(result)
  return result
}

function* customEntries(fields: unknown): Generator<[string, string]> {
  if (!isRecord(fields)) return
  for (const key of Object.keys(fields)) {
    const value = coerceCustomValue(readOwn(fields, key))
    // '' and absent mean the same for custom fields; keep only real values.
    if (value) yield [key, value]
  }
}
