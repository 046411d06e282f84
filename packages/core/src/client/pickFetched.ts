import { applyPatch } from '../model/applyPatch'
import type { Profile, ProfileChange } from '../model/profile'

/**
 * Chooses between what the cache holds and a fetched answer so the cache never goes back in time:
 * by `updatedAt` when both sides carry one, else by arrival — an answer to a request that started
 * before a local write (event, confirmed update) loses to that write.
 *
 * @example
 * ```ts
 * pickFetched(cached, fetched, wroteSinceFetchStarted)
 * ```
 */
export function pickFetched(
  cached: Profile | null | undefined,
  fetched: Profile | null,
  wroteSinceStart: boolean,
): Profile | null {
  if (cached === undefined) return fetched
  if (cached && fetched && cached.updatedAt && fetched.updatedAt && cached.updatedAt !== fetched.updatedAt) {
    return fetched.updatedAt > cached.updatedAt ? fetched : cached
  }
  return wroteSinceStart ? cached : fetched
}

/**
 * `base` with a pushed change applied, or `base` itself when there is none or the change is
 * stamped older than it.
 */
export function patchIfCurrent(base: Profile | null, change: ProfileChange): Profile | null {
  const stamp = change.updatedAt
  return base && !(typeof stamp === 'number' && stamp > 0 && stamp < base.updatedAt)
    ? applyPatch(base, change)
    : base
}
