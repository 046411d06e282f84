import { STANDARD_FIELDS, type Profile } from './profile'

/**
 * Deep equality of two profiles (every field, `updatedAt` and each custom field). `null` and
 * `undefined` equal only themselves. The cache uses it to keep the old object when an answer
 * brings nothing new, so components showing that user do not re-render.
 *
 * @example
 * ```ts
 * profilesEqual(normalizeProfile({ userID: 'u1' }), normalizeProfile({ userID: 'u1', nick: '' })) // true
 * ```
 */
export function profilesEqual(a: Profile | null | undefined, b: Profile | null | undefined): boolean {
  if (a === b) return true
  if (!a || !b) return false
  if (a.userID !== b.userID || a.updatedAt !== b.updatedAt) return false
  for (const field of STANDARD_FIELDS) {
    if (a[field] !== b[field]) return false
  }
  return customFieldsEqual(a.customFields, b.customFields)
}

function customFieldsEqual(
  a: Readonly<Record<string, string>>,
  b: Readonly<Record<string, string>>,
): boolean {
  if (a === b) return true
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && a[key] === b[key])
}
