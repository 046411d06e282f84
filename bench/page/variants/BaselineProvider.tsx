import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { createContext, useContext, useEffect, type ReactNode } from 'react'
import type { Profile, ProfileChange } from '@profile-kit/core'
import type { BenchAdapter } from '../createBenchBackend'

/** How a hand-written baseline talks to the backend. */
export interface Baseline {
  adapter: BenchAdapter
  /** Loads one user (`null` when unknown): one call per user, or through a batcher. */
  fetchUser: (userID: string) => Promise<Profile | null>
  /** Patches the baseline's cache with change events, as an app wires `adapter.subscribe` by hand. */
  applyChanges: (queryClient: QueryClient, changes: ProfileChange[]) => void
}

const BaselineContext = createContext<Baseline | null>(null)

/** The baseline in use; throws outside {@link BaselineProvider}. */
export function useBaseline(): Baseline {
  const baseline = useContext(BaselineContext)
  if (!baseline) throw new Error('useBaseline needs a <BaselineProvider> above it.')
  return baseline
}

/** What a user writes without the kit: a QueryClientProvider and an effect that applies change events. */
export function BaselineProvider(props: {
  queryClient: QueryClient
  baseline: Baseline
  children: ReactNode
}) {
  const { queryClient, baseline, children } = props
  useEffect(
    () => baseline.adapter.subscribe((changes) => baseline.applyChanges(queryClient, changes)),
    [baseline, queryClient],
  )
  return (
    <QueryClientProvider client={queryClient}>
      <BaselineContext.Provider value={baseline}>{children}</BaselineContext.Provider>
    </QueryClientProvider>
  )
}
