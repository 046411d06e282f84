import { coerceCustomValue, customFieldRecord } from './customFields'
import { coerceField } from './coerceField'
import { isRecord, readOwn } from './guards'
import { normalizeProfile } from './normalizeProfile'
import { STANDARD_FIELDS, type Profile, type ProfileChange, type ProfilePatch } from './profile'

/**
 * Merges a patch (a local update) or a change (a backend event) into a profile and returns the new
 * normalized, frozen profile — or `profile` itself when nothing changes, so components showing
 * that user do not re-render.
 *
 * - Standard fields: a present, usable value replaces the old one; `undefined` and values of the
 *   wrong shape (an unknown gender, an impossible birthday) are ignored, so a broken event never
 *   erases good data. The change's `userID` is ignored.
 * - `customFields` merge per key: a string (or number/boolean) sets it, `null` or `''` removes it.
 * - `updatedAt` is taken from the change only when it is larger than the profile's.
 *
 * @example
 * ```ts
 * const next = applyPatch(me, { nick: 'Ada', customFields: { team: null } })
 * applyPatch(next, { nick: 'Ada' }) === next // true
 * ```
 */
export function applyPatch(profile: Profile, change: ProfilePatch | ProfileChange): Profile {
  const base = normalizeProfile(profile)
  if (!isRecord(change)) return base
  const next: Record<string, unknown> = { ...base }
  let changed = false
  for (const field of STANDARD_FIELDS) {
    const value = coerceField(field, readOwn(change, field))
    if (value !== undefined && value !== base[field]) {
      next[field] = value
      changed = true
    }
  }
  const customFields = mergeCustomFields(base.customFields, readOwn(change, 'customFields'))
  if (customFields) {
    next.customFields = customFields
    changed = true
  }
  const updatedAt = coerceField('updatedAt', readOwn(change, 'updatedAt'))
  if (updatedAt !== undefined && updatedAt > base.updatedAt) {
    next.updatedAt = updatedAt
    changed = true
  }
  return changed ? normalizeProfile(next) : base
}

/** The merged custom fields, or `undefined` when the change leaves them as they are. */
function mergeCustomFields(
  current: Readonly<Record<string, string>>,
  change: unknown,
): Readonly<Record<string, string>> | undefined {
  if (!isRecord(change)) return undefined
  const merged = new Map(Object.entries(current))
  let changed = false
  for (const key of Object.keys(change)) {
    const raw = readOwn(change, key)
    const value = raw === null ? '' : coerceCustomValue(raw)
    if (value === undefined) continue
    if (value === '') changed = merged.delete(key) || changed
    else if (merged.get(key) !== value) {
      merged.set(key, value)
      changed = true
    }
  }
  return changed ? customFieldRecord(merged) : undefined
}
