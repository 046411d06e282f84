import type { QueryClient, QueryKey } from '@tanstack/query-core'
import type { ProfileAdapter } from '../adapter/ProfileAdapter'
import { ProfileError } from '../errors/ProfileError'
import { profileKeys } from './profileKeys'

/** What a session adds at the end of the kit's query keys: nothing for the first, `[n]` for the n-th. */
export type SessionKeySuffix = readonly [] | readonly [number]

/** The sessions of one provider scope on one QueryClient. */
export interface ProfileSessions {
  /**
   * The end of every key of `adapter`'s session. An adapter that starts while the scope holds no
   * profiles (the first one, or one after the cache was cleared) uses the plain keys
   * (`profileKeys.user(id, scope)`), so prefetched and hydrated entries are its own, and the adapter
   * that had them before writes nothing more. An adapter that starts while another session's profiles
   * are cached gets its number at the end, so one account's profiles are never read in another's
   * session. `profileKeys.all(scope)` still covers every session (for invalidate or remove).
   */
  keySuffix(adapter: ProfileAdapter): SessionKeySuffix
  /**
   * A provider of `adapter` connects: its session becomes the current one, and the scope's queries
   * of any other session are cancelled and removed (they hold what another account saw). Two
   * connected providers with different adapters would read each other's profiles: that throws
   * `invalid_argument` instead. Returns the release function.
   */
  connect(adapter: ProfileAdapter): () => void
  /** `true` once another adapter's session started: `adapter`'s late answers must write nothing. */
  isSuperseded(adapter: ProfileAdapter): boolean
}

interface ScopeState {
  /** The adapters of the connected providers (one entry per connection). */
  readonly holders: ProfileAdapter[]
  readonly suffixes: WeakMap<ProfileAdapter, SessionKeySuffix>
  /** Adapters whose plain keys a later adapter took over: their late answers write nothing. */
  readonly retired: WeakSet<ProfileAdapter>
  /** The adapter the plain keys belong to. */
  plainOwner: ProfileAdapter | undefined
  count: number
  current: ProfileAdapter | undefined
}

// An emptied state stays for the next session: a QueryClient has few scopes.
const states = new WeakMap<QueryClient, Map<string, ScopeState>>()

/**
 * A new adapter is a new session (an app that logs in with a new SDK instance passes a new
 * adapter): each gets keys of its own, and connecting one drops every other one's profiles.
 *
 * @example
 * ```ts
 * const sessions = profileSessions(queryClient, 'default')
 * sessions.keySuffix(first)                // []  (plain keys)
 * sessions.keySuffix(second)               // [2]
 * const release = sessions.connect(second) // removes the profiles `first` loaded
 * ```
 */
export function profileSessions(queryClient: QueryClient, scope: string): ProfileSessions {
  let scopes = states.get(queryClient)
  if (!scopes) states.set(queryClient, (scopes = new Map()))
  let found = scopes.get(scope)
  if (!found) {
    found = {
      holders: [],
      suffixes: new WeakMap(),
      retired: new WeakSet(),
      plainOwner: undefined,
      count: 0,
      current: undefined,
    }
    scopes.set(scope, found)
  }
  const state = found

  const holdsProfiles = () =>
    queryClient.getQueryCache().findAll({ queryKey: profileKeys.all(scope) }).length > 0

  const keySuffix = (adapter: ProfileAdapter): SessionKeySuffix => {
    const known = state.suffixes.get(adapter)
    // An adapter whose plain keys another one took over comes back with keys of its own.
    if (known && !state.retired.has(adapter)) return known
    state.count++
    // The first adapter owns what was prefetched and hydrated before it.
    const suffix: SessionKeySuffix = state.count > 1 && holdsProfiles() ? [state.count] : []
    if (suffix.length === 0) {
      if (state.plainOwner && state.plainOwner !== adapter) state.retired.add(state.plainOwner)
      state.plainOwner = adapter
    }
    state.retired.delete(adapter)
    state.suffixes.set(adapter, suffix)
    return suffix
  }

  return {
    keySuffix,
    connect(adapter) {
      const { holders } = state
      if (holders.some((holder) => holder !== adapter)) {
        throw new ProfileError(
          'invalid_argument',
          `ProfileProviders with different adapters share scope "${scope}" on one QueryClient: give each its own scope.`,
          { field: 'scope' },
        )
      }
      holders.push(adapter)
      if (state.current !== adapter) {
        state.current = adapter
        const own = keySuffix(adapter)[0]
        // Removing a query cancels its fetch. Keys of the first session end in a name, later ones in their number.
        queryClient.removeQueries({
          queryKey: profileKeys.all(scope),
          predicate: (query) => sessionNumber(query.queryKey) !== own,
        })
      }
      // Every holder is this same adapter, so which one leaves does not matter.
      return () => void holders.pop()
    },
    isSuperseded: (adapter) =>
      state.retired.has(adapter) || (state.current !== undefined && state.current !== adapter),
  }
}

function sessionNumber(queryKey: QueryKey): number | undefined {
  const last = queryKey[queryKey.length - 1]
  return typeof last === 'number' ? last : undefined
}
