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

/** `false` when a pushed change is stamped older than the profile it would patch. */
export function isChangeCurrent(cached: Profile, change: ProfileChange): boolean {
  const stamp = change.updatedAt
  return !(typeof stamp === 'number' && stamp > 0 && cached.updatedAt > 0 && stamp < cached.updatedAt)
}
