import { useState } from 'react'
import type { BenchAdapter } from '../createBenchBackend'
import { BaselineProvider, type Baseline } from './BaselineProvider'
import { CardList } from './CardList'
import { applyPerUserChanges, PerUserCard } from './PerUserCard'
import type { Variant, VariantEnv } from './VariantEnv'

function naiveBaseline(adapter: BenchAdapter): Baseline {
  return {
    adapter,
    fetchUser: async (userID) => (await adapter.getUserProfiles([userID]))[0] ?? null,
    applyChanges: applyPerUserChanges,
  }
}

function NaiveApp({ backend, queryClient }: VariantEnv) {
  const [baseline] = useState(() => naiveBaseline(backend.adapter))
  return (
    <BaselineProvider queryClient={queryClient} baseline={baseline}>
      <CardList Item={PerUserCard} />
    </BaselineProvider>
  )
}

/** What most apps write first: each card asks the adapter for its one user through `useQuery`. */
export const naivePerCard: Variant = (env) => <NaiveApp {...env} />
