import { isRecord, readOwn } from './guards'
import { STANDARD_FIELDS, type Profile, type ProfilePatch } from './profile'

/**
 * The part of `patch` that would change `current`: standard fields whose value differs, and
 * custom fields per key (removing a field `current` does not have is no change). Removals come
 * out as `null`, whether the patch said `null` or `''`. Keys that are not patch fields are left
 * out, so validate the original patch with `validatePatch` first. `{}` when nothing changes.
 *
 * @example
 * ```ts
 * diffPatch(me, { nick: me.nick, location: 'Paris', customFields: { absent: null } })
 * // { location: 'Paris' }
 * ```
 */
export function diffPatch(current: Profile, patch: ProfilePatch): ProfilePatch {
  const diff: Record<string, unknown> = {}
  for (const field of STANDARD_FIELDS) {
    const value = readOwn(patch, field)
    if (value !== undefined && value !== current[field]) diff[field] = value
  }
  const customFields = diffCustomFields(current.customFields, readOwn(patch, 'customFields'))
  if (customFields) diff.customFields = customFields
  return diff as ProfilePatch
}

function diffCustomFields(
  current: Readonly<Record<string, string>>,
  patch: unknown,
): Record<string, string | null> | undefined {
  if (!isRecord(patch)) return undefined
  // Null prototype: a field named `__proto__` stays an ordinary key of the diff.
  const diff = Object.create(null) as Record<string, string | null>
  let changed = false
  for (const key of Object.keys(patch)) {
    const value = readOwn(patch, key)
    if (value === undefined) continue
    const before = readOwn(current, key) ?? ''
    const after = value === null ? '' : value
    if (after === before) continue
    diff[key] = after === '' ? null : (after as string)
    changed = true
  }
  return changed ? diff : undefined
}

/**
 * `true` when `patch` sets no standard field and no custom field (`undefined` values count as
 * absent). Pair it with `diffPatch`: an empty diff means the save needs no adapter call.
 *
 * @example
 * ```ts
 * isEmptyPatch({ customFields: {} }) // true
 * isEmptyPatch(diffPatch(me, { nick: me.nick })) // true
 * ```
 */
export function isEmptyPatch(patch: ProfilePatch): boolean {
  if (STANDARD_FIELDS.some((field) => readOwn(patch, field) !== undefined)) return false
  const customFields = readOwn(patch, 'customFields')
  if (!isRecord(customFields)) return true
  return Object.keys(customFields).every((key) => readOwn(customFields, key) === undefined)
}
