import {
  dehydrate,
  hashKey,
  hydrate,
  type DehydratedState,
  type Query,
  type QueryCacheNotifyEvent,
} from '@tanstack/query-core'
import type { ProfileClient } from '../client/createProfileClient'
import { profileKeys } from '../client/profileKeys'
import { readProfile } from '../client/readProfile'
import { version as KIT_VERSION } from '../../package.json'
import { cacheOwnership } from './cacheOwnership'
import {
  defaultProfileStorage,
  profileStoreKey,
  type PersistedProfiles,
  type PersistedProfileStorage,
} from './profileStorage'

/** Options of {@link persistProfileCache} and `PersistProfiles`. */
export interface PersistProfilesOptions {
  /** Separates apps (and app instances) on one origin. */
  appID: string
  /**
   * The adapter's signed-in user (the `userID` its `getMyProfile` answers): each user has a store of
   * their own, and only what this user's session read is stored in it.
   */
  userID: string
  /** Entries older than this are neither stored nor restored. Defaults to 7 days. */
  maxAge?: number
  /** The app's own version of the data: a different value discards the store. Defaults to `''`. */
  buster?: string
  /** Where profiles are stored. Defaults to IndexedDB ({@link indexedDbProfileStorage}). Keep it stable. */
  storage?: PersistedProfileStorage
  /** Changes are written at most once per this many milliseconds. Defaults to `1000`. */
  throttleMs?: number
  /** A store that has not answered after this long is given up on (memory only). Defaults to `1000`. */
  restoreTimeoutMs?: number
}

/** A running persisted profile cache, from {@link persistProfileCache}. */
export interface PersistedProfileCache {
  /** Settles when the stored entries are in the cache (or there were none, or the store failed). Never rejects. */
  readonly restored: Promise<void>
  /** Stops writing. What was written stays for the next page load. */
  stop(): void
}

const DEFAULT_MAX_AGE = 7 * 24 * 60 * 60_000
const DEFAULT_THROTTLE_MS = 1000
const DEFAULT_RESTORE_TIMEOUT_MS = 1000
const CACHE_CHANGES = new Set<QueryCacheNotifyEvent['type']>(['added', 'updated', 'removed'])

/**
 * Persists one provider's profile entries for one signed-in user, and restores them first. Only the
 * kit's entries of this scope and session are stored, with TanStack's `dehydrate`; they are
 * restored with `hydrate` under the current session's keys, so a reload shows them before any
 * adapter call, and stale ones revalidate through the loader (a restored entry is a cached base:
 * nothing newer is ever replaced by it, see `pickFetched`). A store that fails (private mode, quota,
 * no IndexedDB) turns persistence off for the page with one `console.warn`; the cache keeps working.
 *
 * `userID` must be the adapter's signed-in user: only entries of that user's session are stored
 * (what was restored, and what was read while the `me` entry named `userID`), so after an SDK signs
 * in as another account in place, nothing the previous account read is written to the new store.
 * When the cache holds entries to attribute and nothing reads `me`, it is read once (never before a
 * reload's first commit). A `userID` the adapter never signs in as stores nothing, with one warning.
 *
 * @example
 * ```ts
 * const cache = persistProfileCache(client, { appID: 'chat', userID: 'alice' })
 * await cache.restored // names render now, without a call
 * ```
 */
export function persistProfileCache(
  client: ProfileClient,
  options: PersistProfilesOptions,
): PersistedProfileCache {
  const { queryClient, scope, sessionKey } = client
  const key = profileStoreKey(options.appID, options.userID, scope)
  const maxAge = options.maxAge ?? DEFAULT_MAX_AGE
  const buster = [KIT_VERSION, JSON.stringify(client.schema), options.buster ?? ''].join('|')
  const storage = guardStorage(options.storage ?? defaultProfileStorage())
  const timeoutMs = options.restoreTimeoutMs ?? DEFAULT_RESTORE_TIMEOUT_MS
  let stopped = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let unsubscribe = () => {}
  const ownership = cacheOwnership(client, options.userID)

  const [kit, ownScope] = profileKeys.all(scope)
  const isOurs = (queryKey: readonly unknown[]) =>
    queryKey[0] === kit &&
    queryKey[1] === ownScope &&
    PERSISTED_KINDS.has(queryKey[2]) &&
    queryKey.length === baseLength(queryKey) + sessionKey.length &&
    sessionKey.every((part, index) => queryKey[baseLength(queryKey) + index] === part)
  const fresh = (updatedAt: number) => Date.now() - updatedAt <= maxAge
  /** A successful entry of ours, young enough: in the cache to store, or in the store to restore. */
  const isStorable = ({ queryKey, state }: { queryKey: readonly unknown[]; state?: Query['state'] }) =>
    isOurs(queryKey) && state?.status === 'success' && fresh(state.dataUpdatedAt)

  async function restore() {
    const [saved] = await Promise.all([storage.get(key, timeoutMs), removeOtherUsers()])
    if (stopped || !saved) return
    if (saved.buster !== buster || !fresh(saved.timestamp)) return void storage.del(key)
    const queries = restorable(saved.clientState)
    hydrate(queryClient, { queries, mutations: [] })
    // hydrate keeps a newer cached entry: only entries now holding the stored data are this user's.
    for (const { queryKey, queryHash, state } of queries) {
      const holdsStored = queryClient.getQueryState(queryKey)?.dataUpdatedAt === state.dataUpdatedAt
      if (holdsStored) ownership.restored(queryHash)
    }
  }

  /** Account switch: one account never finds another's profiles on this device. */
  async function removeOtherUsers() {
    const app = profileStoreKey(options.appID)
    const mine = profileStoreKey(options.appID, options.userID)
    const others = (await storage.keys()).filter((other) => other.startsWith(app) && !other.startsWith(mine))
    await Promise.all(others.map((other) => storage.del(other)))
  }

  /** The stored entries that are still profiles and young enough, under this session's keys. */
  function restorable(state: DehydratedState | undefined): DehydratedState['queries'] {
    const queries = Array.isArray(state?.queries) ? state.queries : []
    return queries.flatMap((query) => {
      const plain = Array.isArray(query?.queryKey) ? query.queryKey : []
      const queryKey = [...plain, ...sessionKey]
      const state = query?.state
      if (!isStorable({ queryKey, state }) || !isEntryData(queryKey, state.data, options.userID)) return []
      // Rebuilt field by field: a stored `promise` would make hydrate start a fetch.
      return [{ queryKey, queryHash: hashKey(queryKey), state, dehydratedAt: state.dataUpdatedAt }]
    })
  }

  function save() {
    timer = undefined
    if (stopped) return
    const storable = queryClient.getQueryCache().getAll().filter(isStorable)
    const owned = ownership.owned(storable)
    if (!owned) return
    const mine = new Set<Query>(owned)
    const { queries } = dehydrate(queryClient, { shouldDehydrateQuery: (query: Query) => mine.has(query) })
    // Stored without the session's end: the next page load is a new session with keys of its own.
    const plain = queries.map(({ queryKey, state, dehydratedAt }) => {
      const stored = queryKey.slice(0, baseLength(queryKey))
      return { queryKey: stored, queryHash: hashKey(stored), state, dehydratedAt }
    })
    const persisted: PersistedProfiles = {
      buster,
      timestamp: Date.now(),
      clientState: { queries: plain, mutations: [] },
    }
    void storage.set(key, persisted)
  }

  const scheduleSave = () => (timer ??= setTimeout(save, options.throttleMs ?? DEFAULT_THROTTLE_MS))

  const restored = restore().finally(() => {
    if (stopped) return
    unsubscribe = queryClient.getQueryCache().subscribe((event) => {
      if (!CACHE_CHANGES.has(event.type) || !isOurs(event.query.queryKey)) return
      if (event.type === 'removed') ownership.forget(event.query.queryHash)
      scheduleSave()
    })
    // What the cache held before persistence began (turned on mid-session) is stored too, once
    // `me` shows it is this user's (after an account switch in place, it is not).
    scheduleSave()
  })

  return {
    restored,
    stop() {
      stopped = true
      clearTimeout(timer)
      unsubscribe()
      ownership.stop()
    },
  }
}

/** `['profile-kit', scope, 'user', id]` has 4 parts, `['profile-kit', scope, 'me']` 3. */
const baseLength = (queryKey: readonly unknown[]) => (queryKey[2] === 'me' ? 3 : 4)

/** The entries a reload needs to name everyone at once: profiles, my ID, and my remarks (names too). */
const PERSISTED_KINDS = new Set<unknown>(['user', 'me', 'remark'])

/**
 * A user entry holds a profile or `null` (unknown user); the `me` entry holds the store's user ID
 * (no other account is ever "me" on the first commit); a remark entry holds my remark for the user,
 * or `null` (not a friend).
 */
function isEntryData(queryKey: readonly unknown[], data: unknown, userID: string): boolean {
  if (queryKey[2] === 'me') return data === userID
  if (queryKey[2] === 'remark') return data === null || typeof data === 'string'
  return data === null || readProfile(data) !== undefined
}

/** The storage, made safe: the first failure turns it off for the page, with one warning. */
interface GuardedStorage {
  get(key: string, timeoutMs: number): Promise<PersistedProfiles | undefined>
  keys(): Promise<string[]>
  set(key: string, value: PersistedProfiles): Promise<void>
  del(key: string): Promise<void>
}

function guardStorage(storage: PersistedProfileStorage): GuardedStorage {
  let failed = false
  async function attempt<T>(run: () => Promise<T>): Promise<T | undefined> {
    if (failed) return undefined
    try {
      return await run()
    } catch (error) {
      if (!failed) {
        failed = true
        console.warn(
          `Profile Kit: the persisted profile cache is off for this page (${describe(error)}); profiles are cached in memory only, and the next load fetches them again.`,
        )
      }
      return undefined
    }
  }
  return {
    get: (key, timeoutMs) => attempt(() => withTimeout(storage.get(key), timeoutMs)),
    keys: async () => (await attempt(() => storage.keys())) ?? [],
    set: async (key, value) => void (await attempt(() => storage.set(key, value))),
    del: async (key) => void (await attempt(() => storage.del(key))),
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the store did not answer within ${ms} ms`)), ms)
  })
  return Promise.race([promise, late]).finally(() => clearTimeout(timer))
}

function describe(error: unknown): string {
  if (error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException)) {
    return `${error.name}: ${error.message}`
  }
  return String(error)
}
