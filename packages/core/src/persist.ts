'use client'
/**
 * `@profile-kit/core/persist`: the opt-in persisted profile cache (IndexedDB through idb-keyval).
 * An entry of its own, so apps that do not persist download none of it.
 */
export { PersistProfiles } from './persist/PersistProfiles'
export type { PersistProfilesProps } from './persist/PersistProfiles'
export type { PersistProfilesOptions } from './persist/persistProfileCache'
export { clearPersistedProfiles, indexedDbProfileStorage } from './persist/profileStorage'
export type {
  ClearPersistedProfilesOptions,
  PersistedProfiles,
  PersistedProfileStorage,
} from './persist/profileStorage'
