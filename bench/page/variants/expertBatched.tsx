import type { Profile } from '@profile-kit/core'
import { create, keyResolver, windowedFiniteBatchScheduler } from '@yornaath/batshit'
import { useState } from 'react'
import type { BenchAdapter } from '../createBenchBackend'
import { BaselineProvider, type Baseline } from './BaselineProvider'
import { CardList } from './CardList'
import { applyPerUserChanges, PerUserCard } from './PerUserCard'
import type { Variant, VariantEnv } from './VariantEnv'

function batchedBaseline(adapter: BenchAdapter): Baseline {
  // A savvy user's batcher: requests within 10 ms, at most the backend's batch size per call.
  const users = create<Profile[], string, Profile | null>({
    fetcher: (userIDs) => adapter.getUserProfiles(userIDs),
    resolver: keyResolver('userID'),
    scheduler: windowedFiniteBatchScheduler({
      windowMs: 10,
      maxBatchSize: adapter.schema?.maxBatchSize ?? 100,
    }),
  })
  return { adapter, fetchUser: (userID) => users.fetch(userID), applyChanges: applyPerUserChanges }
}

function ExpertApp({ backend, queryClient }: VariantEnv) {
  const [baseline] = useState(() => batchedBaseline(backend.adapter))
  return (
    <BaselineProvider queryClient={queryClient} baseline={baseline}>
      <CardList Item={PerUserCard} />
    </BaselineProvider>
  )
}

/** What a savvy user builds by hand: per-user `useQuery` whose `queryFn` goes through batshit. */
export const expertBatched: Variant = (env) => <ExpertApp {...env} />
