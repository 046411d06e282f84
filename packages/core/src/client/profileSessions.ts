import type { QueryClient, QueryKey } from '@tanstack/react-query'
import type { ProfileAdapter } from '../adapter/ProfileAdapter'
import { profileKeys } from './profileKeys'

/** What a session adds at the end of the kit's query keys: nothing for the first, `[n]` for the n-th. */
export type SessionKeySuffix = readonly [] | readonly [number]

/** The sessions of one provider scope on one QueryClient. */
export interface ProfileSessions {
  /**
   * The end of every key of `adapter`'s session. The first adapter seen uses the plain keys
   * (`profileKeys.user(id, scope)`), so prefetched and hydrated entries are its own; every later
   * adapter gets its number at the end, so one account's profiles are never read in another's
   * session. `profileKeys.all(scope)` still covers every session (for invalidate or remove).
   */
  keySuffix(adapter: ProfileAdapter): SessionKeySuffix
  /**
   * Makes `adapter`'s session the current one. The scope's queries of any other session are
   * cancelled and removed: they hold what another account saw and must never show again.
   */
  start(adapter: ProfileAdapter): void
  /** `true` once another adapter's session started: `adapter`'s late answers must write nothing. */
  isSuperseded(adapter: ProfileAdapter): boolean
}

interface ScopeState {
  readonly suffixes: WeakMap<ProfileAdapter, SessionKeySuffix>
  count: number
  current: ProfileAdapter | undefined
}

const states = new WeakMap<QueryClient, Map<string, ScopeState>>()

/**
 * A new adapter is a new session (an app that logs in with a new SDK instance passes a new
 * adapter): each gets keys of its own, and starting one drops every other one's profiles.
 *
 * @example
 * ```ts
 * const sessions = profileSessions(queryClient, 'default')
 * sessions.keySuffix(first)  // []  (plain keys)
 * sessions.keySuffix(second) // [2]
 * sessions.start(second)     // removes the profiles `first` loaded
 * ```
 */
export function profileSessions(queryClient: QueryClient, scope: string): ProfileSessions {
  let scopes = states.get(queryClient)
  if (!scopes) states.set(queryClient, (scopes = new Map()))
  let found = scopes.get(scope)
  if (!found) scopes.set(scope, (found = { suffixes: new WeakMap(), count: 0, current: undefined }))
  const state = found

  const keySuffix = (adapter: ProfileAdapter): SessionKeySuffix => {
    let suffix = state.suffixes.get(adapter)
    if (!suffix) {
      state.count += 1
      suffix = state.count === 1 ? [] : [state.count]
      state.suffixes.set(adapter, suffix)
    }
    return suffix
  }

  return {
    keySuffix,
    start(adapter) {
      const previous = state.current
      state.current = adapter
      if (previous === undefined || previous === adapter) return
      const ownTag = keySuffix(adapter)[0]
      // Removing a query cancels its fetch. The first session's keys end in a name, later ones in their number.
      queryClient.removeQueries({
        queryKey: profileKeys.all(scope),
        predicate: (query) => sessionTag(query.queryKey) !== ownTag,
      })
    },
    isSuperseded: (adapter) => state.current !== undefined && state.current !== adapter,
  }
}

/** The session number at the end of a kit key; `undefined` for the first session's plain keys. */
function sessionTag(queryKey: QueryKey): number | undefined {
  const last = queryKey[queryKey.length - 1]
  return typeof last === 'number' ? last : undefined
}
