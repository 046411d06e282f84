import { applyPatch, type Profile, type ProfileChange } from '@profile-kit/core/vanilla'
import { normalizeTencentProfile } from './normalizeTencentProfile'
import type { TencentProfile } from './tencentTypes'
import { toPushedProfileChange } from './toPushedProfileChange'

/** Tells the SDK's complete cached profiles from the ones it built from a push alone. */
export interface EntryTracker {
  /** A profile a read (or save) returned, normalized. */
  read(raw: unknown): Profile
  /** What an event's profile says: all of it when complete, else only what the push can have carried. */
  changed(raw: Partial<TencentProfile> & { userID: string }): ProfileChange
  /** A new session: profiles read before it must not fill gaps after it. */
  forget(): void
}

/**
 * The SDK hands out its cached profile objects and, on a push, mutates the cached one in place and
 * emits it. An object a read returned is therefore a complete profile. An object first seen in an
 * event is new: the SDK had no complete profile of that user in its friends' cache (a friend added
 * during the session, or one it failed to fetch) and built this one from the pushed tags alone,
 * every other field at its default. It stays marked as such, and the SDK keeps serving it to reads
 * until the next login: a read of it answers with the last complete profile the adapter read of
 * that user, with the pushed fields applied (or the SDK's half-empty profile when there is none).
 *
 * @example
 * ```ts
 * const entries = createEntryTracker()
 * const profile = entries.read(data) // from getUserProfile / getMyProfile / updateMyProfile
 * const change = entries.changed(event.data[0]) // from PROFILE_UPDATED
 * ```
 */
export function createEntryTracker(): EntryTracker {
  const complete = new WeakSet<object>()
  const builtFromPush = new WeakSet<object>()
  // One profile per user read this session, to fill the gaps of a profile built from a push.
  let lastComplete = new Map<string, Profile>()

  const readBuiltFromPush = (raw: Partial<TencentProfile> & { userID: string }): Profile => {
    const known = lastComplete.get(raw.userID)
    return known ? applyPatch(known, toPushedProfileChange(raw)) : normalizeTencentProfile(raw)
  }

  return {
    read(raw) {
      if (typeof raw !== 'object' || raw === null) return normalizeTencentProfile(raw)
      if (builtFromPush.has(raw)) return readBuiltFromPush(raw as TencentProfile)
      complete.add(raw)
      const profile = normalizeTencentProfile(raw)
      lastComplete.set(profile.userID, profile)
      return profile
    },
    changed(raw) {
      if (complete.has(raw)) return normalizeTencentProfile(raw)
      builtFromPush.add(raw)
      return toPushedProfileChange(raw)
    },
    forget() {
      lastComplete = new Map()
    },
  }
}
