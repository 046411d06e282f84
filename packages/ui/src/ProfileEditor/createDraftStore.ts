import { createStore, type StoreApi } from 'zustand/vanilla'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { DraftStorage } from '../settings'

/** Unsaved editor values by field (`'nick'`, `'customFields.team'`). */
export type DraftValues = Readonly<Record<string, string>>

export interface DraftState {
  values: DraftValues
  save(values: DraftValues): void
  clear(): void
}

/** A persisted draft store; `persist` is zustand's persist API (hydration state, storage). */
export type DraftStore = StoreApi<DraftState> & {
  persist: {
    hasHydrated(): boolean
    onFinishHydration(listener: (state: DraftState) => void): () => void
    clearStorage(): void
  }
}

/** Keeps only string values under own keys: storage is outside our control and may hold anything. */
function sanitize(persisted: unknown): DraftValues {
  const values = Object.create(null) as Record<string, string>
  const stored = (persisted as { values?: unknown } | null)?.values
  if (typeof stored !== 'object' || stored === null) return values
  for (const [key, value] of Object.entries(stored)) if (typeof value === 'string') values[key] = value
  return values
}

/**
 * The draft of one user's editor in one scope, persisted under `name` in `storage` (zustand
 * `persist`; `sessionStorage` when the app gives none). Sync storages hydrate at once, async ones
 * (`getItem` returning a promise) a little later: check `persist.hasHydrated()`.
 */
export function createDraftStore(name: string, storage: DraftStorage | undefined): DraftStore {
  return createStore<DraftState>()(
    persist(
      (set) => ({
        values: Object.create(null) as DraftValues,
        save: (values) => set({ values }),
        clear: () => set({ values: Object.create(null) as DraftValues }),
      }),
      {
        name,
        version: 1,
        storage: createJSONStorage(() => storage ?? sessionStorage),
        partialize: (state) => ({ values: state.values }),
        merge: (persisted, current) => ({ ...current, values: sanitize(persisted) }),
      },
    ),
  ) as DraftStore
}
