import { prefetchMyProfile, prefetchUserProfiles } from '@profile-kit/core/vanilla'
import { dehydrate, QueryClient } from '@tanstack/react-query'
import { connection } from 'next/server'
import { Suspense } from 'react'
import { ProfileBoundary } from './ProfileBoundary'
import { Profiles } from './Profiles'
import { createScratchAdapter, SENDER_IDS } from './seed'

// The SSR recipe of @profile-kit/core's README, as an adopter copies it.
export default function Page() {
  return (
    <main>
      <Suspense fallback={<p aria-busy="true">Loading…</p>}>
        <PrefetchedProfiles />
      </Suspense>
    </main>
  )
}

/** A server component: prefetches per request into its own QueryClient and dehydrates it. */
async function PrefetchedProfiles() {
  await connection()
  const queryClient = new QueryClient()
  const adapter = createScratchAdapter()
  await Promise.all([
    prefetchUserProfiles(queryClient, adapter, SENDER_IDS),
    prefetchMyProfile(queryClient, adapter),
  ])
  return (
    <ProfileBoundary state={dehydrate(queryClient)}>
      <Profiles senderIDs={SENDER_IDS} />
    </ProfileBoundary>
  )
}
