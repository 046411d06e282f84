import type { QueryClient } from '@tanstack/query-core'
import type { ProfileAdapter } from '../adapter/ProfileAdapter'
import { callWithRetry } from '../loader/callWithRetry'
import { createProfileLoader } from '../loader/createProfileLoader'
import type { RetryOptions } from '../loader/options'
import { diffPatch } from '../model/diffPatch'
import { normalizeProfile } from '../model/normalizeProfile'
import type { Profile, ProfileChange, ProfilePatch } from '../model/profile'
import { profilesEqual } from '../model/profilesEqual'
import { resolveSchema, type ResolvedSchema } from '../model/resolveSchema'
import { assertValidPatch } from '../validation/validatePatch'
import { isUserID } from '../model/guards'
import { ProfileError } from '../errors/ProfileError'
import type { PresenceOptions } from '../presence/createPresenceManager'
import { createChangeBuffer, type ChangeBuffer } from './createChangeBuffer'
import { createPendingUpdates, type UpdateTicket } from './createPendingUpdates'
import { registerPendingLayers } from './pendingLayers'
import { patchIfCurrent, pickFetched } from './pickFetched'
import { profileSessions } from './profileSessions'
import { DEFAULT_SCOPE, profileKeys } from './profileKeys'
import { readProfile } from './readProfile'
import { createRemarkCache, type RemarkRules } from './createRemarkCache'

/** Options shared by `ProfileProvider`, `createProfileClient` and the prefetch helpers. */
export interface ProfileClientOptions {
  /** Separates the profiles of providers that share one QueryClient. Defaults to `'default'`. */
  scope?: string
  /** How long a fetched profile counts as fresh. Defaults to 5 minutes: live events keep it current. */
  staleTime?: number
  /** How long an unused profile stays cached. Defaults to the QueryClient's `gcTime`. */
  gcTime?: number
  /** Extra milliseconds a batch collects profile requests (a full batch leaves at once). Defaults to `0` (same task). */
  batchWindowMs?: number
  /** Events arriving within this window are applied in one cache write. Defaults to `16` (a frame). */
  eventCoalesceMs?: number
  /** Retries of `network` and `rate_limited` failures. Defaults: 3 retries, 500 ms doubling up to 8 s. */
  retry?: RetryOptions
  /** An adapter call unsettled after this long fails as `network`. Defaults to `20000`. */
  timeoutMs?: number
  /** How presence subscriptions are held (grace period, batch window). */
  presence?: PresenceOptions
  /**
   * Drop a user from a batch not yet sent once every component showing them unmounted (a row that
   * scrolled away): no request for what nobody looks at any more. A user whose batch was already
   * sent is still cached when the answer arrives (and collected after `gcTime` like any unused
   * entry), so a row scrolled back shows the name at once without asking again. Pair it with
   * `batchWindowMs` in long virtualized lists. Defaults to `false`: every requested profile is
   * fetched and cached.
   */
  dropUnwatched?: boolean
}

/** A TanStack query option set of the engine: pass it to `fetchQuery`, `useQuery` or a `QueryObserver`. */
export interface ProfileQueryOptions<TData> {
  queryKey: readonly unknown[]
  /** TanStack passes its context; the signal is read only with `dropUnwatched`. */
  queryFn: (context?: { signal?: AbortSignal }) => Promise<TData>
  staleTime: number
  gcTime?: number
  retry: false
  networkMode: 'always'
  structuralSharing?: (previous: unknown, next: unknown) => unknown
}

/**
 * The React-free engine behind one provider: what apps and component authors may call. Created by
 * `ProfileProvider` (read it with `useProfileClient`) or by `createProfileClient` outside React.
 */
export interface ProfileClient {
  /** Separates the profiles of providers that share one QueryClient (`ProfileClientOptions.scope`). */
  readonly scope: string
  /**
   * Ends every cache key of this adapter's session: `[]` for the first adapter on the scope, a new
   * value for each later adapter (a new login). Key per-session state with it (the editor's drafts).
   */
  readonly sessionKey: readonly unknown[]
  /** The adapter's schema with every default filled in. */
  readonly schema: ResolvedSchema
  /** The adapter this engine calls. */
  readonly adapter: ProfileAdapter
  /** The QueryClient holding the profiles. */
  readonly queryClient: QueryClient
  /** The options it was created with (for extensions such as presence, created on first use). */
  readonly options: Readonly<ProfileClientOptions>
  /** Query options for one user's profile entry; its data is `null` when the backend does not know the user. */
  userQuery(userID: string): ProfileQueryOptions<Profile | null>
  /** Query options for who I am: its data is my userID; my profile is my user's entry (`userQuery`). */
  meQuery(): ProfileQueryOptions<string>
  /** My profile as shown (with my pending updates), fetching it when nothing is cached. */
  myProfile(): Promise<Profile>
  /**
   * Updates my profile, the whole way: validates, shows the change at once, sends it after earlier
   * saves, then confirms the backend's answer or withdraws the change. Rejects with a `ProfileError`.
   *
   * @example
   * ```ts
   * const saved = await client.updateMyProfile({ nick: 'Ada' })
   * ```
   */
  updateMyProfile(patch: ProfilePatch): Promise<Profile>
  /** What the adapter lets me do with remarks: whether they load, can be set, and how long they may be. */
  readonly remarkRules: RemarkRules
  /**
   * Query options for my remark for one user: the remark (`''` for a friend without one), or `null`
   * when the user is not my friend. Batched like profiles; only load it when `remarkRules.supported`.
   */
  remarkQuery(userID: string): ProfileQueryOptions<string | null>
  /**
   * Sets (`''`: clears) my remark for a friend: checked against `remarkRules.maxLength` before any
   * I/O (`invalid_argument`, field `remark`), shown everywhere at once, withdrawn on failure.
   * Rejects with `permission_denied` when the backend cannot set remarks or the user is not my friend.
   *
   * @example
   * ```ts
   * await client.setRemark('alice', 'Boss')
   * ```
   */
  setRemark(userID: string, remark: string): Promise<void>
  /** Applies the adapter's live events until the returned function is called (a mounted provider). */
  connect(): () => void
  /** The session changed (login, logout, account switch): forgets pending events and refetches every profile. */
  reset(): void
  /** Calls `listener` on every `reset` (presence subscribes again). Returns the function that stops it. */
  onReset(listener: () => void): () => void
}

/** How long a fetched profile counts as fresh unless `staleTime` says otherwise. */
export const DEFAULT_STALE_TIME = 5 * 60_000
/** Events arriving within this window are applied in one cache write unless `eventCoalesceMs` says otherwise. */
export const DEFAULT_EVENT_COALESCE_MS = 16

/**
 * The engine of one provider: query options for every profile entry, the rules that keep the cache
 * from going back in time, live events, and optimistic updates. One cache entry per user (`null`
 * when the backend does not know the user); my profile is my user's entry.
 *
 * @example
 * ```ts
 * const client = createProfileClient(adapter, queryClient)
 * await queryClient.fetchQuery(client.userQuery('alice'))
 * ```
 */
export function createProfileClient(
  adapter: ProfileAdapter,
  queryClient: QueryClient,
  options: ProfileClientOptions = {},
): ProfileClient {
  const scope = options.scope ?? DEFAULT_SCOPE
  // A new adapter is a new session: keys of its own, so another account's profiles are never read.
  const sessions = profileSessions(queryClient, scope)
  const sessionKey = sessions.keySuffix(adapter)
  const superseded = () => sessions.isSuperseded(adapter)
  const schema = resolveSchema(adapter.schema)
  const loader = createProfileLoader({
    fetch: (userIDs) => adapter.getUserProfiles(userIDs),
    maxBatchSize: schema.maxBatchSize,
    windowMs: options.batchWindowMs,
    retry: options.retry,
    timeoutMs: options.timeoutMs,
  })
  /** One adapter call with the provider's timeout and (unless told otherwise) its retries. */
  const call = <T>(label: string, fn: () => Promise<T>, retry = options.retry) =>
    callWithRetry(fn, { label, retry, timeoutMs: options.timeoutMs })
  const fetchMe = async () => normalizeProfile(await call('getMyProfile', () => adapter.getMyProfile()))
  // Options every query of ours carries. gcTime only when given: `undefined` would override the app's default.
  const queryOptions = {
    staleTime: options.staleTime ?? DEFAULT_STALE_TIME,
    ...(options.gcTime === undefined ? {} : { gcTime: options.gcTime }),
    // The loader retries per batch; retrying per query would turn one failed batch into many calls.
    retry: false as const,
    // SDKs handle connectivity themselves; TanStack would pause while navigator.onLine is false.
    networkMode: 'always' as const,
  }

  const remarks = createRemarkCache({
    source: adapter.remarks,
    queryClient,
    key: (userID) => [...profileKeys.remark(userID, scope), ...sessionKey],
    superseded,
    queryOptions,
    maxBatchSize: schema.maxBatchSize,
    batchWindowMs: options.batchWindowMs,
    dropUnwatched: options.dropUnwatched,
    retry: options.retry,
    timeoutMs: options.timeoutMs,
  })

  // A logical clock orders fetch starts against local writes ("started before a local update").
  // Stamps live on the cache entry: an entry that is garbage-collected takes its stamp with it.
  let clock = 0
  const lastWrite = new WeakMap<object, number>()
  // Changes for users whose first answer is still in flight: applied when it lands.
  const stashed = new Map<string, ProfileChange[]>()
  // My updates begun and not yet settled, layered over my last known base.
  const pending = createPendingUpdates()
  let myID: string | undefined

  const userKey = (userID: string) => [...profileKeys.user(userID, scope), ...sessionKey] as const
  // Built through our own options so our structural sharing (not TanStack's copy, which drops
  // `__proto__` keys) applies to the entry from its first write. Finds an existing entry by hash.
  const entry = (userID: string) => queryClient.getQueryCache().build(queryClient, userQuery(userID))
  // While my updates run, my entry shows more than the base: the base is kept aside.
  const myBase = (userID: string) => userID === myID && pending.base?.userID === userID && pending.base
  const cachedBase = (userID: string): Profile | null | undefined =>
    myBase(userID) || readProfile(queryClient.getQueryData(userKey(userID)))

  /** What the entry of `userID` should hold for this base, remembering my base while updates run. */
  function entryFor(userID: string, base: Profile | null): Profile | null {
    return myBase(userID) && base ? pending.show(base) : base
  }

  /**
   * Writes my entry or a user's through our options; a superseded session's late answers write
   * nothing. An entry that hydration or a prefetch created, and no hook has watched since, still has
   * TanStack's default structural sharing: our sharing goes on first.
   */
  function show(userID: string, profile: Profile | null) {
    if (superseded()) return
    const query = entry(userID)
    if (query.options.structuralSharing !== keepEqualProfile) {
      query.setOptions(queryClient.defaultQueryOptions(userQuery(userID)))
    }
    queryClient.setQueryData(userKey(userID), profile)
  }

  function writeBase(userID: string, base: Profile | null) {
    if (superseded()) return
    lastWrite.set(entry(userID), ++clock)
    show(userID, entryFor(userID, base))
  }

  function settleFetched(userID: string, fetched: Profile | null, startedAt: number): Profile | null {
    const wrote = (lastWrite.get(entry(userID)) ?? 0) > startedAt
    const base = (stashed.get(userID) ?? []).reduce(
      patchIfCurrent,
      pickFetched(cachedBase(userID), fetched, wrote),
    )
    stashed.delete(userID)
    return base
  }

  function userQuery(userID: string) {
    return {
      ...queryOptions,
      queryKey: userKey(userID),
      queryFn: async (context?: { signal?: AbortSignal }): Promise<Profile | null> => {
        const startedAt = clock
        // Reading the signal tells TanStack to abort the fetch when the last observer leaves.
        const signal = options.dropUnwatched ? context?.signal : undefined
        try {
          return entryFor(userID, settleFetched(userID, await loader.load(userID, signal), startedAt))
        } catch (error) {
          const late = signal?.aborted ? loader.inFlight(userID) : undefined
          if (late) keepLateAnswer(userID, late, startedAt)
          else stashed.delete(userID)
          throw error
        }
      },
      structuralSharing: keepEqualProfile,
    }
  }

  /**
   * The last row showing `userID` left after its batch was sent (`dropUnwatched`): TanStack dropped
   * the fetch, but its answer still lands in the entry, by the rules of any fetched answer, so a row
   * scrolled back within `gcTime` shows it at once. Events meanwhile wait for it in `stashed`.
   */
  function keepLateAnswer(userID: string, answer: Promise<Profile | null>, startedAt: number) {
    const session = resets
    stashed.set(userID, stashed.get(userID) ?? [])
    // Not when the session changed, when a row that came back joined this answer (its own fetch
    // writes it, with the stashed events), or when another keeper of this answer already wrote it.
    const stillOurs = () =>
      session === resets &&
      stashed.has(userID) &&
      queryClient.getQueryState(userKey(userID))?.fetchStatus !== 'fetching'
    void answer.then(
      (fetched) => {
        if (stillOurs()) show(userID, entryFor(userID, settleFetched(userID, fetched, startedAt)))
      },
      () => {
        if (stillOurs()) stashed.delete(userID)
      },
    )
  }

  function meQuery() {
    return {
      ...queryOptions,
      queryKey: [...profileKeys.me(scope), ...sessionKey] as const,
      queryFn: async (): Promise<string> => {
        const startedAt = clock
        const profile = await fetchMe()
        myID = profile.userID
        const base = settleFetched(myID, profile, startedAt)
        if (!profilesEqual(cachedBase(myID), base)) writeBase(myID, base)
        return myID
      },
    }
  }

  function applyChange(change: ProfileChange) {
    const userID = change.userID
    // Only users something shows or fetches are patched: events for strangers add nothing.
    // getQueryState looks the entry up by hash; the cache's find() would scan every query per event.
    const state = isUserID(userID) ? queryClient.getQueryState(userKey(userID)) : undefined
    if (!state) return
    const base = cachedBase(userID)
    if (base === undefined) {
      // Its first answer is in flight (fetched, or kept for a row that left): applied when it lands.
      if (state.fetchStatus === 'fetching' || stashed.has(userID)) {
        stashed.set(userID, [...(stashed.get(userID) ?? []), change])
      }
    } else {
      const next = patchIfCurrent(base, change)
      if (next !== base) writeBase(userID, next)
    }
  }

  // Live events of the current connection (one per mounted provider; StrictMode connects twice).
  let events: ChangeBuffer | undefined

  // What else starts over with the session (presence, created only when something shows it).
  const resetListeners = new Set<() => void>()
  // Counts resets: a save begun before the session changed is never sent into the new one.
  let resets = 0
  const begunIn = new WeakMap<UpdateTicket, number>()

  /** The session changed (login, logout, account switch, SDK ready): refetch everything. */
  function reset() {
    resets++
    events?.clear()
    stashed.clear()
    myID = undefined
    remarks.reset()
    resetListeners.forEach((listener) => listener())
    // Remarks are the old account's own words for people: gone at once, not shown until new ones land.
    void queryClient.resetQueries({ queryKey: profileKeys.remarks(scope) })
    void queryClient.invalidateQueries({
      queryKey: profileKeys.all(scope),
      predicate: (query) => query.queryKey[2] !== 'remark',
    })
  }

  async function myProfile(): Promise<Profile> {
    const userID = await queryClient.ensureQueryData(meQuery())
    myID = userID
    const shown = readProfile(queryClient.getQueryData(userKey(userID)))
    return shown ?? normalizeProfile(await queryClient.fetchQuery(userQuery(userID)))
  }

  // Saves run one at a time, in order: each sends once the one before it has settled.
  let lastSave: Promise<unknown> = Promise.resolve()

  /**
   * Updates my profile, the whole way: validates `patch` against the schema and my profile as
   * shown (`invalid_argument` with `field`, before any I/O), shows the part that changes something
   * at once, sends it once every earlier save has settled, then makes the backend's answer my
   * profile, or withdraws the patch on failure (changes that arrived meanwhile stay). A patch that
   * changes nothing makes no call. Resolves to the backend's profile of me.
   *
   * @example
   * ```ts
   * const saved = await client.updateMyProfile({ nick: 'Ada' })
   * ```
   */
  function updateMyProfile(patch: ProfilePatch): Promise<Profile> {
    const previous = lastSave
    const saving = beginUpdate(patch).then(async (ticket) => {
      await previous
      return ticket ? sendUpdate(ticket) : myProfile()
    })
    lastSave = saving.catch(() => undefined)
    return saving
  }

  /** Validates and shows the patch; `undefined` for a patch that changes nothing. */
  async function beginUpdate(patch: ProfilePatch): Promise<UpdateTicket | undefined> {
    const current = await myProfile()
    assertValidPatch(patch, schema, current)
    const diff = diffPatch(current, patch)
    if (Object.keys(diff).length === 0) return undefined
    const ticket: UpdateTicket = { diff, userID: current.userID }
    begunIn.set(ticket, resets)
    show(current.userID, pending.add(ticket, current))
    return ticket
  }

  /** Sends a begun update and settles it: confirmed on success, withdrawn on failure. */
  async function sendUpdate(ticket: UpdateTicket): Promise<Profile> {
    let answer: Profile
    try {
      // The account may have changed while this save waited its turn: it belongs to the old one.
      if (begunIn.get(ticket) !== resets) throw sessionChangedError()
      // Updates are not retried: the first attempt may have gone through.
      const answered = await call('updateMyProfile', () => adapter.updateMyProfile(ticket.diff), {
        retries: 0,
      })
      // An adapter that answers nothing (or nothing usable: the update did go through) makes the kit re-read.
      answer = readProfile(answered) ?? (await fetchMe())
    } catch (error) {
      withdrawUpdate(ticket)
      throw error
    }
    confirmUpdate(ticket, answer)
    return answer
  }

  function sessionChangedError(): ProfileError {
    return new ProfileError(
      'not_ready',
      'The session changed (login, logout or account switch) before this save was sent; nothing was saved. Save again if it is still wanted.',
    )
  }

  /** The backend accepted the update: its answer becomes my base, unless a newer change already arrived. */
  function confirmUpdate(ticket: UpdateTicket, answer: Profile) {
    const base = cachedBase(ticket.userID)
    pending.remove(ticket)
    // Like a fetch that started after every local write: only a newer stamp in the base wins.
    writeBase(ticket.userID, pickFetched(base, answer, false))
  }

  /** The update failed: withdraw its patch. Changes that arrived meanwhile are in the base and stay. */
  function withdrawUpdate(ticket: UpdateTicket) {
    const base = cachedBase(ticket.userID)
    pending.remove(ticket)
    if (base) show(ticket.userID, entryFor(ticket.userID, base))
  }

  /** Shows `diff` over my profile until the returned function withdraws it; it is never sent. */
  function showLayer(diff: ProfilePatch, current: Profile): () => void {
    const layer: UpdateTicket = { diff, userID: current.userID }
    show(current.userID, pending.add(layer, current))
    let shown = true
    return () => {
      if (shown) withdrawUpdate(layer)
      shown = false
    }
  }

  /**
   * Subscribes to the adapter's events while a provider is mounted. Returns the unsubscribe function.
   * A broken `subscribe` (a throwing SDK binding, a missing unsubscribe) costs live updates, never
   * the profiles: fetching works without events, so the provider keeps rendering.
   */
  function connect(): () => void {
    const release = sessions.connect(adapter)
    const buffer = createChangeBuffer(
      (changes) => changes.forEach(applyChange),
      options.eventCoalesceMs ?? DEFAULT_EVENT_COALESCE_MS,
    )
    events = buffer
    let unsubscribe: unknown
    try {
      unsubscribe = adapter.subscribe?.((changes) => buffer.push(changes), reset)
    } catch {
      // No events this time; the profiles still load.
    }
    const disconnectRemarks = remarks.connect()
    return () => {
      disconnectRemarks()
      try {
        if (typeof unsubscribe === 'function') unsubscribe()
      } catch {
        // The adapter could not detach; the disposed buffer ignores whatever it still pushes.
      }
      buffer.dispose()
      if (events === buffer) events = undefined
      release()
    }
  }

  const client: ProfileClient = {
    scope,
    sessionKey,
    schema,
    adapter,
    queryClient,
    options,
    userQuery,
    meQuery,
    myProfile,
    updateMyProfile,
    remarkRules: remarks.rules,
    remarkQuery: remarks.remarkQuery,
    setRemark: remarks.setRemark,
    connect,
    reset,
    onReset(listener) {
      resetListeners.add(listener)
      return () => {
        resetListeners.delete(listener)
      }
    },
  }
  registerPendingLayers(client, { showLayer, session: () => resets })
  return client
}

/** Structural sharing for profile entries: keep the old object when nothing changed, never copy. */
function keepEqualProfile(previous: unknown, next: unknown): unknown {
  const before = readProfile(previous)
  const after = readProfile(next)
  return before && after && before === previous && profilesEqual(before, after) ? previous : next
}
