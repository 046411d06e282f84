import type { Profile } from '../model/profile'
import { answerItems } from './answerItems'
import { normalizeProfile } from '../model/normalizeProfile'

/**
 * Reads a `getUserProfiles` answer for the IDs of one batch: normalized profiles by `userID`,
 * whatever order they came in. Items that are not profiles, that nobody asked for, or that repeat
 * an ID (the newer `updatedAt` wins) are left out; an ID missing from the result was not found.
 *
 * @throws {ProfileError} `unknown` when the answer is not an array.
 * @internal Used by {@link createProfileLoader}.
 */
export function matchProfiles(answer: unknown, requested: ReadonlySet<string>): Map<string, Profile> {
  const found = new Map<string, Profile>()
  for (const item of answerItems(answer, 'getUserProfiles', 'profiles')) {
    let profile: Profile
    try {
      profile = normalizeProfile(item)
    } catch {
      // One unreadable item must not cost the other users of the batch their profiles.
      continue
    }
    const previous = found.get(profile.userID)
    if (requested.has(profile.userID) && (!previous || profile.updatedAt > previous.updatedAt)) {
      found.set(profile.userID, profile)
    }
  }
  return found
}
