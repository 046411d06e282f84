import { prefetchMyProfile, prefetchUserProfiles } from '@profile-kit/core/vanilla'
import { dehydrate, QueryClient } from '@tanstack/react-query'
import { connection } from 'next/server'
import { Suspense } from 'react'
import { ChatScreen } from './ChatScreen'
import { ProfileBoundary } from './ProfileBoundary'
import { CHAT_MEMBER_IDS, createExampleAdapter } from './seed'

export default function Page() {
  return (
    <main>
      <h1>Team chat</h1>
      <Suspense fallback={<p aria-busy="true">Loading profiles…</p>}>
        <PrefetchedChat />
      </Suspense>
    </main>
  )
}

/** Prefetches the profiles on the server, per request, and hands them to the client components. */
async function PrefetchedChat() {
  // Profiles belong to the request (who is signed in, what changed): render them per request.
  await connection()
  // A QueryClient per request, so no user's profiles leak into another's page.
  const queryClient = new QueryClient()
  const adapter = createExampleAdapter()
  await Promise.all([
    prefetchUserProfiles(queryClient, adapter, CHAT_MEMBER_IDS),
    prefetchMyProfile(queryClient, adapter),
  ])
  return (
    <ProfileBoundary state={dehydrate(queryClient)}>
      <ChatScreen memberIDs={CHAT_MEMBER_IDS} />
    </ProfileBoundary>
  )
}
