import type { DehydratedState } from '@tanstack/query-core'
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval'

/**
 * One user's persisted profile entries: TanStack Query's persisted-client shape (`buster`,
 * `timestamp`, `clientState` from `dehydrate`), so the data is TanStack's own dehydrated state.
 */
export interface PersistedProfiles {
  /** The kit version, the adapter's schema and the app's `buster`: any change discards the store. */
  buster: string
  /** When it was written (`Date.now()`). */
  timestamp: number
  /** The profile entries, as TanStack's `dehydrate` wrote them (keys without the session's end). */
  clientState: DehydratedState
}

/**
 * Where persisted profiles live: an async key-value store of structured values. The default is
 * IndexedDB ({@link indexedDbProfileStorage}); tests and apps with their own store pass another.
 * A method that throws or rejects (private mode, quota) turns persistence off for the page.
 *
 * @example
 * ```ts
 * const memory = new Map<string, PersistedProfiles>()
 * const storage: PersistedProfileStorage = {
 *   get: async (key) => memory.get(key),
 *   set: async (key, value) => void memory.set(key, value),
 *   del: async (key) => void memory.delete(key),
 *   keys: async () => [...memory.keys()],
 * }
 * ```
 */
export interface PersistedProfileStorage {
  /** The value stored under `key`, or `undefined`. */
  get(key: string): Promise<PersistedProfiles | undefined>
  /** Stores `value` under `key`, replacing what was there. */
  set(key: string, value: PersistedProfiles): Promise<void>
  /** Removes `key`; resolves when there is nothing to remove. */
  del(key: string): Promise<void>
  /** Every key in the store (to clear all users of an app on logout). */
  keys(): Promise<string[]>
}

/**
 * The IndexedDB store (through idb-keyval): database `dbName`, object store `profiles`. Values are
 * stored as structured clones, so no JSON pass runs on the main thread. The database opens on
 * first use; where IndexedDB is missing or refused every method rejects, and the kit falls back
 * to its in-memory cache.
 *
 * @example
 * ```tsx
 * <PersistProfiles appID="chat" userID={me} storage={indexedDbProfileStorage('my-app-profiles')}>
 * ```
 */
export function indexedDbProfileStorage(dbName = 'profile-kit'): PersistedProfileStorage {
  let store: UseStore | undefined
  // Async, so a missing `indexedDB` (SSR, old private modes) rejects instead of throwing.
  const open = async () => (store ??= createStore(dbName, 'profiles'))
  return {
    get: async (key) => get<PersistedProfiles>(key, await open()),
    set: async (key, value) => set(key, value, await open()),
    del: async (key) => del(key, await open()),
    keys: async () => (await keys(await open())).map(String),
  }
}

let sharedStorage: PersistedProfileStorage | undefined
/** The default store, one per page, so every provider without a `storage` shares one connection. */
export const defaultProfileStorage = () => (sharedStorage ??= indexedDbProfileStorage())

/**
 * The store key of one app, user and provider scope. Each part is encoded, so no user ID can read
 * as another app's or user's prefix.
 */
export function profileStoreKey(appID: string, userID?: string, scope?: string): string {
  const parts = ['profile-kit', appID, userID, scope].filter((part) => part !== undefined)
  // A trailing separator on partial keys: a prefix of user "al" never matches user "alice".
  const key = parts.map((part) => encodeURIComponent(part)).join('/')
  return scope === undefined ? `${key}/` : key
}

/** Which persisted profiles {@link clearPersistedProfiles} removes. */
export interface ClearPersistedProfilesOptions {
  /** The app whose stores are removed. */
  appID: string
  /** Only this user's stores; every user of the app when left out (a shared device after logout). */
  userID?: string
  /** The store they live in. Defaults to the IndexedDB store the kit uses by default. */
  storage?: PersistedProfileStorage
}

/**
 * Removes persisted profiles on logout: one user's, or every user's of the app. `PersistProfiles`
 * already removes the previous user's store when `userID` changes (account switch, or `null` on
 * logout); call this where the app logs out without it mounted. Never rejects: a store that cannot
 * be reached is left as it is (and restores nothing while it cannot be reached).
 *
 * @example
 * ```ts
 * await sdk.logout()
 * await clearPersistedProfiles({ appID: 'chat' })
 * ```
 */
export async function clearPersistedProfiles(options: ClearPersistedProfilesOptions): Promise<void> {
  const storage = options.storage ?? defaultProfileStorage()
  const prefix = profileStoreKey(options.appID, options.userID)
  try {
    const stale = (await storage.keys()).filter((key) => key.startsWith(prefix))
    await Promise.all(stale.map((key) => storage.del(key)))
  } catch {
    // Nothing stored, or nothing we may touch: either way nothing of the user's can be restored.
  }
}
