import { type Profile, type ProfileChange } from '@profile-kit/core'
import { useQuery, type QueryClient } from '@tanstack/react-query'
import { Card } from '../Card'
import { countCardRender } from '../renderCount'
import { useBaseline } from './BaselineProvider'
import { mergeChange } from './mergeChange'

// The kit's default `staleTime` (ProfileClientOptions), so the variant caches as long as the kit does.
const KIT_STALE_TIME = 5 * 60_000

/** The per-user query key of the hand-written baselines. */
export const userKey = (userID: string) => ['user', userID] as const

/**
 * A card with its own `useQuery` keyed by its user (TanStack dedups the 4 cards of a user to one
 * fetch). Same freshness as the kit (5 minutes), so neither side refetches on a warm mount.
 */
export function PerUserCard({ userID }: { userID: string }) {
  countCardRender()
  const { fetchUser } = useBaseline()
  const { data } = useQuery({
    queryKey: userKey(userID),
    queryFn: () => fetchUser(userID),
    staleTime: KIT_STALE_TIME,
  })
  return <Card userID={userID} profile={data ?? undefined} />
}

/** Change events patch each user's entry, which re-renders only that user's cards. */
export function applyPerUserChanges(queryClient: QueryClient, changes: ProfileChange[]): void {
  for (const change of changes) {
    queryClient.setQueryData<Profile | null>(userKey(change.userID), (old) =>
      old ? mergeChange(old, change) : old,
    )
  }
}
