import type { Query } from '@tanstack/query-core'
import type { ProfileClient } from '../client/createProfileClient'

/** Which cached entries belong to one user's store: see {@link cacheOwnership}. */
export interface CacheOwnership {
  /** An entry now holding what this user's own store held. */
  restored(queryHash: string): void
  /** The entry left the cache: whatever is cached under its key next must prove itself again. */
  forget(queryHash: string): void
  /**
   * Of the storable entries, the ones that are this user's; learns who is signed in on the way.
   * `undefined` until `me` is read after the last reset, or while it names another account: leave
   * the store as it is.
   */
  owned(queries: readonly Query[]): Query[] | undefined
  /** Stops listening for session resets and drops the pending mismatch warning. */
  stop(): void
}

/** A mismatch lasting this long is not an account switch under way: the app passes the wrong ID. */
const MISMATCH_GRACE_MS = 2000

/**
 * Tells which cached entries are `userID`'s, so one account's reads never land in another's store.
 * One SDK instance may sign in as another account in place (Tencent, NetEase): the adapter stays,
 * only its session reset says so, and the cache still holds the previous account's entries. A reset
 * invalidates every entry, so an entry that is not invalidated was written since the last reset, in
 * the session the `me` entry names once it is read again. An entry is `userID`'s when it was restored
 * from their store, or was valid while `me` named `userID`; once theirs it stays theirs, so the
 * reset every SDK fires on page load (after the restore) never shrinks the store. Nothing is stored
 * until `me` is read after the last reset (the store stays as it was); when nothing reads `me`, the
 * kit reads it once per session, after a save found entries (never before a reload's first commit).
 * A `me` that is not `userID` is never stored, nor is anything while `me` names another account.
 */
export function cacheOwnership(client: ProfileClient, userID: string): CacheOwnership {
  const { queryClient } = client
  const meKey = client.meQuery().queryKey
  const owned = new Set<string>()
  let asking = false
  let mismatchTimer: ReturnType<typeof setTimeout> | undefined
  let warned = false
  const stopListening = client.onReset(() => void (asking = false))

  /** Who the adapter is signed in as, if `me` was read since the last reset. */
  function signedIn(): string | undefined {
    const state = queryClient.getQueryState(meKey)
    const valid = state?.status === 'success' && !state.isInvalidated
    return valid && typeof state.data === 'string' ? state.data : undefined
  }

  /** One `getMyProfile` per session at most (again only after it answered and was collected). */
  function askWhoIsSignedIn() {
    if (asking) return
    asking = true
    queryClient.fetchQuery(client.meQuery()).then(
      () => void (asking = false),
      () => {}, // the adapter failed: nothing new is stored until `me` is read or the session resets
    )
  }

  function noticeMismatch() {
    mismatchTimer ??= setTimeout(() => {
      mismatchTimer = undefined
      const user = signedIn()
      if (warned || user === undefined || user === userID) return
      warned = true
      console.warn(
        `Profile Kit: PersistProfiles userID "${userID}" is not the adapter's signed-in user "${user}"; nothing is persisted. Pass the userID getMyProfile answers.`,
      )
    }, MISMATCH_GRACE_MS)
  }

  return {
    restored: (queryHash) => void owned.add(queryHash),
    forget: (queryHash) => void owned.delete(queryHash),
    owned(queries) {
      const user = signedIn()
      if (user === undefined) {
        // Not read since the last reset: the SDK may have switched accounts in place, so nothing is
        // stored (the store stays as it is) until `me` says who is signed in.
        if (queries.length > 0) askWhoIsSignedIn()
        return undefined
      }
      if (user !== userID) return void noticeMismatch()
      // Read in this user's session since the last reset (a reset invalidates every entry).
      for (const query of queries) if (!query.state.isInvalidated) owned.add(query.queryHash)
      return queries.filter(
        (query) => owned.has(query.queryHash) && (query.queryKey[2] !== 'me' || query.state.data === userID),
      )
    },
    stop() {
      stopListening()
      clearTimeout(mismatchTimer)
    },
  }
}
