import { ProfileProvider, profileKeys, type ProfileAdapter } from '@profile-kit/core'
import {
  PersistProfiles,
  indexedDbProfileStorage,
  type PersistedProfileStorage,
} from '@profile-kit/core/persist'
import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister'
import { useIsRestoring, type Query, type QueryClient } from '@tanstack/react-query'
import {
  PersistQueryClientProvider,
  type PersistQueryClientOptions,
} from '@tanstack/react-query-persist-client'
import { createStore, del, get, set } from 'idb-keyval'
import type { ReactElement, ReactNode } from 'react'
import type { PersisterName } from './benchApi'
import type { PersistenceProbe } from './probePersistence'
import { ME } from './scenario'

/** One run's persisted cache, in a database of its own. */
export interface BenchPersister {
  /**
   * The app: `ProfileProvider` over `children`, with this persisted cache around or inside it.
   * `holdUntilRestored` holds TanStack's children back until restored whatever the variant.
   */
  tree(props: {
    holdUntilRestored?: boolean
    adapter: ProfileAdapter
    queryClient: QueryClient
    staleTime?: number
    children: ReactNode
  }): ReactElement
  /** User profiles in the store now (the first visit waits for all of them). */
  storedUsers(): Promise<number>
}

/** How a run sets the persister up: its write throttle, and the probe that times its work. */
export interface PersisterSetup {
  throttleMs: number
  probe?: PersistenceProbe
}

/** The same limits for both: the kit's default `maxAge` (7 days) and an app buster. */
const MAX_AGE = 7 * 24 * 60 * 60_000
const BUSTER = 'bench'
const APP_ID = 'bench'
/** The kit's entries that name people: profiles, my ID, my remarks (what `PersistProfiles` keeps). */
const PROFILE_KINDS = new Set<unknown>(['user', 'me', 'remark'])
const [KIT, SCOPE] = profileKeys.all()

let databases = 0
const databaseName = () => `profile-kit-bench-${Date.now()}-${databases++}`

/**
 * The persisted cache a run measures: none, the kit's `PersistProfiles`, or TanStack's
 * `PersistQueryClientProvider` with its async-storage persister on IndexedDB (idb-keyval), as
 * TanStack documents it (`tanstack`: the children render while it restores), or with the children
 * held back until it has restored (`tanstackGated`, what `PersistProfiles` does).
 */
export function createPersister(name: PersisterName, setup: PersisterSetup): BenchPersister {
  if (name === 'none') return { tree: ProfileTree, storedUsers: async () => 0 }
  return name === 'kit' ? kitPersister(setup) : tanstackPersister(setup, name === 'tanstackGated')
}

function ProfileTree(props: Parameters<BenchPersister['tree']>[0]) {
  const { adapter, queryClient, staleTime, children } = props
  return (
    <ProfileProvider adapter={adapter} queryClient={queryClient} staleTime={staleTime}>
      {children}
    </ProfileProvider>
  )
}

function kitPersister({ throttleMs, probe }: PersisterSetup): BenchPersister {
  const idb = indexedDbProfileStorage(databaseName())
  const storage: PersistedProfileStorage = {
    ...idb,
    set(key, value) {
      probe?.handedOff()
      return idb.set(key, value)
    },
  }
  const persist = { appID: APP_ID, userID: ME.userID, storage, throttleMs, maxAge: MAX_AGE, buster: BUSTER }
  return {
    tree: ({ children, ...props }) => (
      <ProfileTree {...props}>
        <PersistProfiles {...persist}>{children}</PersistProfiles>
      </ProfileTree>
    ),
    async storedUsers() {
      const stored = await storage.get(`profile-kit/${APP_ID}/${ME.userID}/default`)
      return stored?.clientState.queries.filter((query) => query.queryKey[2] === 'user').length ?? 0
    },
  }
}

/** TanStack's persisted client, configured as fairly as it allows (see {@link createPersister}). */
function tanstackPersister({ throttleMs, probe }: PersisterSetup, gated: boolean): BenchPersister {
  const store = createStore(databaseName(), 'keyval')
  const key = `${APP_ID}/${ME.userID}`
  const persister = createAsyncStoragePersister({
    storage: {
      getItem: (item) => get<string>(item, store),
      setItem: (item, value) => set(item, value, store),
      removeItem: (item) => del(item, store),
    },
    key,
    throttleTime: throttleMs,
    serialize: (client) => (probe ? probe.serialize(() => JSON.stringify(client)) : JSON.stringify(client)),
  })
  const persistClient = persister.persistClient
  persister.persistClient = (client) => {
    probe?.handedOff()
    return persistClient(client)
  }
  const persistOptions: Omit<PersistQueryClientOptions, 'queryClient'> = {
    persister,
    maxAge: MAX_AGE,
    buster: BUSTER,
    dehydrateOptions: { shouldDehydrateQuery: isProfileEntry },
  }
  return {
    tree: ({ children, holdUntilRestored = gated, ...props }) => (
      <PersistQueryClientProvider client={props.queryClient} persistOptions={persistOptions}>
        <ProfileTree {...props}>
          {holdUntilRestored ? <WhenRestored>{children}</WhenRestored> : children}
        </ProfileTree>
      </PersistQueryClientProvider>
    ),
    async storedUsers() {
      const stored = await get<string>(key, store)
      const queries = stored ? (JSON.parse(stored) as PersistedQueries).clientState.queries : []
      return queries.filter((query) => query.queryKey[2] === 'user').length
    },
  }
}

interface PersistedQueries {
  clientState: { queries: Array<{ queryKey: unknown[] }> }
}

/**
 * Only the kit's loaded profile entries are stored, as `PersistProfiles` stores them. Typed by
 * shape: persist-client's `Query` comes from its own, older query-core copy, which TypeScript
 * rightly sees as another class than the app's.
 */
function isProfileEntry(query: Pick<Query, 'queryKey' | 'state'>): boolean {
  const [kit, scope, kind] = query.queryKey
  return query.state.status === 'success' && kit === KIT && scope === SCOPE && PROFILE_KINDS.has(kind)
}

/** The workaround for first-commit names: nothing renders until TanStack's restore is done. */
function WhenRestored({ children }: { children: ReactNode }) {
  return useIsRestoring() ? null : <>{children}</>
}
