import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query'
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { ProfileAdapter } from '../adapter/ProfileAdapter'
import {
  createProfileClient,
  type ProfileClient,
  type ProfileClientOptions,
} from '../client/createProfileClient'
import { DEFAULT_SCOPE } from '../client/profileKeys'
import type { Profile } from '../model/profile'

/** Where `ProfileEditor` keeps unsaved drafts: zustand's `StateStorage` shape (sync or async). */
export interface DraftStorage {
  getItem(name: string): string | null | Promise<string | null>
  setItem(name: string, value: string): unknown
  removeItem(name: string): unknown
}

/** What `displayName` knows about a user besides the profile. */
export interface DisplayNameContext {
  /** My remark (alias) for the user, when the adapter has remarks and the user is a friend with one. */
  remark?: string
}

/**
 * How a user is named everywhere. Gets the profile and, as a second argument, my remark for the
 * user: a function written for the old one-argument form keeps working (it just shows no remarks).
 *
 * @example
 * ```ts
 * const displayName: DisplayName = (profile, { remark } = {}) =>
 *   remark ? `${remark} (${profile.nick || profile.userID})` : profile.nick || profile.userID
 * ```
 */
export type DisplayName = (profile: Profile, context?: DisplayNameContext) => string

/** Presentation settings the components read; hooks work without them. */
export interface ProfileKitConfig {
  /** How a user is named everywhere. Defaults to {@link defaultDisplayName}: remark, else nick, else userID. */
  displayName: DisplayName
  /** Overrides of the components' strings, by message key. */
  messages: Readonly<Record<string, string>> | undefined
  /** Storage for unsaved editor drafts. Defaults to `sessionStorage` (in the editor). */
  draftStorage: DraftStorage | undefined
  scope: string
}

/** Props of {@link ProfileProvider}. */
export interface ProfileProviderProps extends ProfileClientOptions {
  /**
   * The backend: `createMemoryAdapter`, `createTencentChatAdapter`, `createNimAdapter` or your own.
   * A new adapter is a new session (another login, maybe another account): nothing cached, drafted
   * or still being saved for the previous adapter shows after the switch. So keep it stable across
   * renders (module scope, `useState` or `useMemo`): an adapter created in render starts over each time.
   */
  adapter: ProfileAdapter
  /**
   * The QueryClient profiles live in. Defaults to the client of the app's `QueryClientProvider`
   * above, else a private client. The kit never changes a client's defaults; its own options go
   * on its own queries. Without a `QueryClientProvider` above, the provider provides the client it
   * uses, so `HydrationBoundary` and `useQueryClient()` below it reach the cache profiles live in.
   * Inside the app's `QueryClientProvider` it never replaces the app's client below it: a
   * `queryClient` different from the app's is hydrated with `<HydrationBoundary queryClient={...}>`.
   */
  queryClient?: QueryClient
  /**
   * How a user is named everywhere, given the profile and my remark for the user. Defaults to
   * {@link defaultDisplayName}: remark, else nick, else userID (Tencent's and NetEase's order).
   */
  displayName?: DisplayName
  /** Overrides of the components' strings (`@profile-kit/ui` exports `en` and `zhCN`). */
  messages?: Readonly<Record<string, string>>
  /** Storage for unsaved editor drafts. Defaults to `sessionStorage`. */
  draftStorage?: DraftStorage
  children?: ReactNode
}

/** What a provider gives the hooks below it. */
export interface ProfileContextValue {
  client: ProfileClient
  config: ProfileKitConfig
}

const ProfileContext = createContext<ProfileContextValue | null>(null)

/**
 * My remark for the user, else the nick, else the user ID: the order Tencent documents for
 * one-to-one chats and NetEase's UIKit uses.
 *
 * @example
 * ```ts
 * defaultDisplayName({ ...profile, nick: 'Grace' }, { remark: 'Boss' }) // 'Boss'
 * ```
 */
export const defaultDisplayName: DisplayName = (profile, context) =>
  context?.remark || profile.nick || profile.userID

/** The settings of components rendered outside a provider. @internal */
export const DEFAULT_CONFIG: ProfileKitConfig = {
  displayName: defaultDisplayName,
  messages: undefined,
  draftStorage: undefined,
  scope: DEFAULT_SCOPE,
}

/**
 * Connects the hooks and components below it to a backend. Requests from every component are
 * batched and share one cache; the adapter's live events are applied while it is mounted.
 *
 * Its QueryClient is the `queryClient` prop, else the one of the app's `QueryClientProvider`
 * above, else a private one, which it then provides below it, so a `HydrationBoundary` inside
 * hydrates the cache the hooks read.
 *
 * @example
 * ```tsx
 * <ProfileProvider adapter={createMemoryAdapter({ me: { userID: 'me', nick: 'Ada' } })}>
 *   <App />
 * </ProfileProvider>
 * ```
 */
export function ProfileProvider(props: ProfileProviderProps) {
  const { adapter, queryClient, displayName, messages, draftStorage, children, ...options } = props
  const appQueryClient = useContext(QueryClientContext)
  // A private client for apps without one; creating it is cheap and starts nothing.
  const [ownQueryClient] = useState(() => new QueryClient())
  const resolvedQueryClient = queryClient ?? appQueryClient ?? ownQueryClient
  // `retry` is often a new literal each render: comparing the options by value keeps the engine
  // (its cache rules and event connection) while they stay equal. Primitives carry their type, so
  // `1` and `'1'`, or `NaN` and `Infinity`, differ and a changed bad value is still checked.
  const optionsKey = JSON.stringify(options, (_key, value: unknown) =>
    value && typeof value === 'object' ? value : typeof value + String(value),
  )
  const client = useMemo(
    () => createProfileClient(adapter, resolvedQueryClient, options),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `optionsKey` stands for `options`
    [adapter, resolvedQueryClient, optionsKey],
  )
  useEffect(() => client.connect(), [client])
  const value = useMemo<ProfileContextValue>(
    () => ({
      client,
      config: { displayName: displayName ?? defaultDisplayName, messages, draftStorage, scope: client.scope },
    }),
    [client, displayName, messages, draftStorage],
  )
  const profiles = <ProfileContext.Provider value={value}>{children}</ProfileContext.Provider>
  // The app's own QueryClientProvider stays in charge below: its queries must not move into ours.
  if (appQueryClient) return profiles
  return <QueryClientProvider client={resolvedQueryClient}>{profiles}</QueryClientProvider>
}

/**
 * The provider's engine, for component authors: update my profile outside a mutation, build
 * queries of its entries, or key per-session state on `sessionKey` (as `@profile-kit/ui`'s editor
 * keys its form). Throws a message that says what to do when there is no provider.
 *
 * @example
 * ```ts
 * const client = useProfileClient()
 * ```
 */
export function useProfileClient(): ProfileClient {
  const context = useContext(ProfileContext)
  if (!context) {
    throw new Error('Profile Kit hooks need a provider: wrap your app in <ProfileProvider adapter={...}>.')
  }
  return context.client
}

/** The provider's engine and settings, or `null` outside a provider (hooks that work standalone). */
export function useOptionalProfileContext(): ProfileContextValue | null {
  return useContext(ProfileContext)
}

/**
 * Presentation settings for components: display name, message overrides, draft storage. Works
 * outside a provider too (defaults), so components given a `profile` prop render standalone.
 *
 * @example
 * ```ts
 * const { displayName } = useProfileKitConfig()
 * ```
 */
export function useProfileKitConfig(): ProfileKitConfig {
  return useContext(ProfileContext)?.config ?? DEFAULT_CONFIG
}
