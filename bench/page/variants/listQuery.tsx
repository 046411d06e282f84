import { type Profile, type ProfileChange } from '@profile-kit/core'
import { useQuery, type QueryClient } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { Card } from '../Card'
import type { BenchAdapter } from '../createBenchBackend'
import { countCardRender } from '../renderCount'
import { CARD_USER_IDS, USER_IDS } from '../scenario'
import { BaselineProvider, useBaseline, type Baseline } from './BaselineProvider'
import { mergeChange } from './mergeChange'
import type { Variant, VariantEnv } from './VariantEnv'

// The kit's default `staleTime` (ProfileClientOptions), so the variant caches as long as the kit does.
const KIT_STALE_TIME = 5 * 60_000

const listKey = ['users', 'list'] as const

async function fetchList(adapter: BenchAdapter): Promise<Profile[]> {
  const size = adapter.schema?.maxBatchSize ?? 100
  const chunks: string[][] = []
  for (let start = 0; start < USER_IDS.length; start += size) chunks.push(USER_IDS.slice(start, start + size))
  return (await Promise.all(chunks.map((ids) => adapter.getUserProfiles(ids)))).flat()
}

function applyListChanges(queryClient: QueryClient, changes: ProfileChange[]): void {
  queryClient.setQueryData<Profile[]>(listKey, (list) =>
    list?.map((profile) => {
      const change = changes.find((candidate) => candidate.userID === profile.userID)
      return change ? mergeChange(profile, change) : profile
    }),
  )
}

function ListCard({ userID, profile }: { userID: string; profile: Profile | undefined }) {
  countCardRender()
  return <Card userID={userID} profile={profile} />
}

function List() {
  const { adapter } = useBaseline()
  const { data } = useQuery({
    queryKey: listKey,
    queryFn: () => fetchList(adapter),
    staleTime: KIT_STALE_TIME,
  })
  const byID = useMemo(() => new Map((data ?? []).map((profile) => [profile.userID, profile])), [data])
  return (
    <>
      {CARD_USER_IDS.map((userID, index) => (
        <ListCard key={index} userID={userID} profile={byID.get(userID)} />
      ))}
    </>
  )
}

function ListApp({ backend, queryClient }: VariantEnv) {
  const [baseline] = useState<Baseline>(() => ({
    adapter: backend.adapter,
    fetchUser: () => Promise.reject(new Error('listQuery loads the whole list at once')),
    applyChanges: applyListChanges,
  }))
  return (
    <BaselineProvider queryClient={queryClient} baseline={baseline}>
      <List />
    </BaselineProvider>
  )
}

/** One query for the whole list, rendered into the cards: any change re-renders every card. */
export const listQuery: Variant = (env) => <ListApp {...env} />
