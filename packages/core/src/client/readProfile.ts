import { normalizeProfile } from '../model/normalizeProfile'
import type { Profile } from '../model/profile'

const revived = new WeakMap<object, Profile>()

/**
 * Reads a user entry from the cache. Entries the kit wrote are normalized profiles and pass as
 * they are; entries that came in another way (dehydrated on a server and hydrated here, or written
 * by the app) are normalized once and remembered, so every reader gets the same complete object.
 * An entry that cannot be a profile reads as absent rather than crashing a render.
 *
 * @example
 * ```ts
 * readProfile(queryClient.getQueryData(profileKeys.user('alice')))
 * ```
 */
export function readProfile(data: unknown): Profile | null | undefined {
  if (data === undefined || data === null) return data
  if (typeof data !== 'object') return undefined
  const known = revived.get(data)
  if (known) return known
  try {
    const profile = normalizeProfile(data)
    if (profile !== data) revived.set(data, profile)
    return profile
  } catch {
    return undefined
  }
}
