import { QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { vi } from 'vitest'
import type { ProfileAdapter } from '../../adapter/ProfileAdapter'
import { createMemoryAdapter, type MemoryAdapter } from '../../memory/createMemoryAdapter'
import { ProfileProvider, type ProfileProviderProps } from '../../react/ProfileProvider'
import { delegateTo } from '../../react/__tests__/setup'
import { useMyProfile } from '../../react/useMyProfile'
import { useUserProfile } from '../../react/useUserProfile'
import { PersistProfiles, type PersistProfilesProps } from '../PersistProfiles'
import type { PersistedProfiles, PersistedProfileStorage } from '../profileStorage'

/** A user the backend knows: u0 … u{n-1}, nick "User i". */
export const ids = (count: number) => Array.from({ length: count }, (_, index) => `u${index}`)

/** A storage in a Map, as the kit's IndexedDB store behaves (structured values by string key). */
export function mapStorage(): PersistedProfileStorage & { map: Map<string, PersistedProfiles> } {
  const map = new Map<string, PersistedProfiles>()
  return {
    map,
    get: async (key) => structuredClone(map.get(key)),
    set: async (key, value) => void map.set(key, structuredClone(value)),
    del: async (key) => void map.delete(key),
    keys: async () => [...map.keys()],
  }
}

/** What each line showed on its first render: names on the first commit, or "loading". */
export const firstRenders = new Map<string, string>()

/** One user's line; records what it showed when it first rendered. */
export function Line({ id }: { id: string }) {
  const { data } = useUserProfile(id)
  const text = data ? `${id} is ${data.nick}` : `${id} loading`
  if (!firstRenders.has(id)) firstRenders.set(id, text)
  return <p>{text}</p>
}

/** Who I am; records what it showed when it first rendered (under `me`). */
export function Me() {
  const { data } = useMyProfile()
  const text = data ? `I am ${data.nick}` : 'me loading'
  if (!firstRenders.has('me')) firstRenders.set('me', text)
  return <p>{text}</p>
}

/**
 * One SDK instance that signs in as another account in place, as Tencent's and NetEase's do: the
 * adapter object stays, `getMyProfile` answers for whoever is signed in, and `signIn` fires the
 * adapter's session reset. Alice is signed in first; alice, bob and u0 … u149 are known.
 */
export function switchingAccounts() {
  const memory = createMemoryAdapter({
    me: { userID: 'alice', nick: 'Alice' },
    profiles: [
      { userID: 'bob', nick: 'Bob' },
      ...ids(150).map((userID, index) => ({ userID, nick: `User ${index}` })),
    ],
  })
  let signedIn = 'alice'
  const adapter: ProfileAdapter = {
    ...delegateTo(memory),
    getMyProfile: async () => (await memory.getUserProfiles([signedIn]))[0]!,
  }
  return {
    memory,
    adapter,
    signIn(userID: string) {
      signedIn = userID
      memory.simulateSessionReset()
    },
  }
}

/** One page load of an app: a fresh backend, adapter, QueryClient and provider, with calls counted. */
export function pageLoad(options: {
  memory?: MemoryAdapter
  /** Who the default backend has signed in (`me`, nick Ada, unless told otherwise). */
  signedIn?: { userID: string; nick?: string }
  adapter?: ProfileAdapter
  provider?: Partial<ProfileProviderProps>
  persist: Omit<PersistProfilesProps, 'children'>
}) {
  const memory =
    options.memory ??
    createMemoryAdapter({
      me: options.signedIn ?? { userID: 'me', nick: 'Ada' },
      profiles: ids(150).map((userID, index) => ({ userID, nick: `User ${index}` })),
    })
  const adapter: ProfileAdapter = options.adapter ?? delegateTo(memory)
  const calls = vi.spyOn(adapter, 'getUserProfiles')
  const myCalls = vi.spyOn(adapter, 'getMyProfile')
  const queryClient = new QueryClient()
  function App({ children, persist }: { children?: ReactNode; persist?: Partial<PersistProfilesProps> }) {
    return (
      <ProfileProvider adapter={adapter} queryClient={queryClient} eventCoalesceMs={0} {...options.provider}>
        <PersistProfiles {...options.persist} {...persist}>
          {children}
        </PersistProfiles>
      </ProfileProvider>
    )
  }
  return { memory, adapter, calls, myCalls, queryClient, App }
}
