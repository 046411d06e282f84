import type { Profile, ProfileChange } from '@profile-kit/core/vanilla'
import { normalizeTencentProfile } from './normalizeTencentProfile'
import type { TencentProfile } from './tencentTypes'
import { toPushedProfileChange } from './toPushedProfileChange'

/** Tells the SDK's complete cached profiles from the ones it built from a push alone. */
export interface EntryTracker {
  /** A profile a read (or save) returned, normalized; remembered as complete. */
  read(raw: unknown): Profile
  /** What an event's profile says: all of it when complete, else only what the push can have carried. */
  changed(raw: Partial<TencentProfile> & { userID: string }): ProfileChange
}

/**
 * The SDK hands out its cached profile objects and, on a push, mutates the cached one in place and
 * emits it. An object a read returned is therefore a complete profile. An object first seen in an
 * event is new: the SDK had no complete profile of that user and built this one from the pushed
 * tags alone, every other field at its default. It stays marked as such, even when a later read
 * returns it, so no later event blanks fields from it either.
 *
 * @example
 * ```ts
 * const entries = createEntryTracker()
 * const profile = entries.read(data)          // from getUserProfile / getMyProfile
 * const change = entries.changed(event.data[0]) // from PROFILE_UPDATED
 * ```
 */
export function createEntryTracker(): EntryTracker {
  const complete = new WeakSet<object>()
  const builtFromPush = new WeakSet<object>()
  return {
    read(raw) {
      if (typeof raw === 'object' && raw !== null && !builtFromPush.has(raw)) complete.add(raw)
      return normalizeTencentProfile(raw)
    },
    changed(raw) {
      if (complete.has(raw)) return normalizeTencentProfile(raw)
      builtFromPush.add(raw)
      return toPushedProfileChange(raw)
    },
  }
}
