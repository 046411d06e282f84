import type { ProfilePatch, ProfileSchema, SeedProfile } from '@profile-kit/core'

/**
 * The part of a demo person a vendor backend stores, as a patch: the standard fields its schema
 * lists and the custom fields, without `userID`. Vendors refuse fields they do not store.
 *
 * @example
 * ```ts
 * seedFields({ userID: 'a', nick: 'Ada', location: 'Berlin' }, createNimSchema()) // { nick: 'Ada' }
 * ```
 */
export function seedFields(person: SeedProfile, schema: ProfileSchema | undefined): ProfilePatch {
  const stored = new Set(Object.keys(schema?.fields ?? {}))
  const patch: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(person)) {
    if (stored.has(key) && value !== undefined) patch[key] = value
  }
  return { ...(patch as ProfilePatch), ...(person.customFields ? { customFields: person.customFields } : {}) }
}
