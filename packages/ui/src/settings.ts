/**
 * The settings `@profile-kit/ui` takes on `<ProfileProvider>`. The core carries them without
 * reading them; the declaration below types them there for every app that imports the UI package.
 */

/**
 * Where `ProfileEditor` keeps unsaved drafts: zustand's `StateStorage` shape (sync or async), so
 * `localStorage`, `sessionStorage` or an async store such as IndexedDB behind three methods.
 *
 * @example
 * ```ts
 * const draftStorage: DraftStorage = localStorage
 * ```
 */
export interface DraftStorage {
  /** The stored text under `name`, or `null` when there is none. */
  getItem(name: string): string | null | Promise<string | null>
  /** Stores `value` under `name`. */
  setItem(name: string, value: string): unknown
  /** Forgets what is stored under `name`. */
  removeItem(name: string): unknown
}

/**
 * The UI's props on `ProfileProvider` (declared on the core's `ProfileComponentSettings`).
 *
 * @example
 * ```tsx
 * <ProfileProvider adapter={adapter} messages={zhCN} draftStorage={localStorage}>
 * ```
 */
export interface ProfileUISettings {
  /** Overrides of the components' strings by message key (`en` and `zhCN` are built in). */
  messages?: Readonly<Record<string, string>>
  /** Storage for unsaved editor drafts. Defaults to `sessionStorage`. */
  draftStorage?: DraftStorage
}

declare module '@profile-kit/core' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the UI's settings in
  interface ProfileComponentSettings extends ProfileUISettings {}
}
