import { ProfileProvider, useUserProfile } from '@profile-kit/core'
import { Card } from '../Card'
import { countCardRender } from '../renderCount'
import { CardList } from './CardList'
import type { Variant } from './VariantEnv'

function KitCard({ userID }: { userID: string }) {
  countCardRender()
  const { data } = useUserProfile(userID)
  return <Card userID={userID} profile={data} />
}

/** Profile Kit: `useUserProfile` per card under one `ProfileProvider` (defaults: same-task batching, 16 ms event coalescing). */
export const kit: Variant = ({ backend, queryClient }) => (
  <ProfileProvider adapter={backend.adapter} queryClient={queryClient}>
    <CardList Item={KitCard} />
  </ProfileProvider>
)
