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

/**
 * Settings the provider carries for component packages and never reads itself. Empty in the core:
 * a component package declares its own by declaration merging (as TanStack Query's `Register`
 * does), so they type-check on `<ProfileProvider>` wherever that package is imported.
 * `@profile-kit/ui` adds `messages` and `draftStorage`.
 *
 * @example
 * ```ts
 * declare module '@profile-kit/core' {
 *   interface ProfileComponentSettings {
 *     density?: 'compact' | 'comfortable'
 *   }
 * }
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface ProfileComponentSettings {}

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

/** What every component below a provider shares, whatever package it comes from. */
export interface ProfileKitConfig {
  /** How a user is named everywhere. Defaults to {@link defaultDisplayName}: remark, else nick, else userID. */
  displayName: DisplayName
  /** The provider's `scope`: key per-provider state (such as stored drafts) with it. */
  scope: string
}

/** Props of {@link ProfileProvider}. */
export interface ProfileProviderProps extends ProfileClientOptions, ProfileComponentSettings {
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
  children?: ReactNode
}

/** What a provider gives the hooks below it. */
export interface ProfileContextValue {
  client: ProfileClient
  config: ProfileKitConfig
  settings: ProfileComponentSettings
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
export const DEFAULT_CONFIG: ProfileKitConfig = { displayName: defaultDisplayName, scope: DEFAULT_SCOPE }
const NO_SETTINGS: ProfileComponentSettings = {}

// The engine's options by name (the `satisfies` keeps the list complete): every other prop is a
// component setting, handed down unread.
const CLIENT_OPTION_KEYS = Object.keys({
  scope: true,
  staleTime: true,
  gcTime: true,
  batchWindowMs: true,
  eventCoalesceMs: true,
  retry: true,
  timeoutMs: true,
  presence: true,
  dropUnwatched: true,
} satisfies Record<keyof ProfileClientOptions, true>)

/** Splits the provider's remaining props into the engine's options and the components' settings. */
function splitProps(props: Readonly<Record<string, unknown>>) {
  const options: Record<string, unknown> = {}
  const settings: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(props)) {
    if (CLIENT_OPTION_KEYS.includes(key)) options[key] = value
    else settings[key] = value
  }
  return { options: options as ProfileClientOptions, settings: settings as ProfileComponentSettings }
}

/** Whether two settings objects hold the same values under the same keys. */
function sameSettings(a: ProfileComponentSettings, b: ProfileComponentSettings): boolean {
  const keys = Object.keys(a) as Array<keyof ProfileComponentSettings>
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]))
}

/**
 * `settings` as one object while its values stay the same: props are a new object each render,
 * and a new context value would re-render every component below.
 */
function useStableSettings(settings: ProfileComponentSettings): ProfileComponentSettings {
  const [stable, setStable] = useState(settings)
  if (sameSettings(stable, settings)) return stable
  setStable(settings)
  return settings
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
  const { adapter, queryClient, displayName, children, ...rest } = props
  const { options, settings } = splitProps(rest)
  const stableSettings = useStableSettings(settings)
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
      config: { displayName: displayName ?? defaultDisplayName, scope: client.scope },
      settings: stableSettings,
    }),
    [client, displayName, stableSettings],
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
 * What components share: how users are named and the provider's scope. Works outside a provider
 * too (defaults), so components given a `profile` prop render standalone.
 *
 * @example
 * ```ts
 * const { displayName } = useProfileKitConfig()
 * ```
 */
export function useProfileKitConfig(): ProfileKitConfig {
  return useContext(ProfileContext)?.config ?? DEFAULT_CONFIG
}

/**
 * The {@link ProfileComponentSettings} given to the provider, for component packages (`{}` outside
 * a provider). The core never reads them; each package types and defaults its own.
 *
 * @example
 * ```ts
 * const { messages } = useProfileComponentSettings() // typed once @profile-kit/ui is imported
 * ```
 */
export function useProfileComponentSettings(): ProfileComponentSettings {
  return useContext(ProfileContext)?.settings ?? NO_SETTINGS
}
