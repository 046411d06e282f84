import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import { readProfile } from '../client/readProfile'
import type { ProfileError } from '../errors/ProfileError'
import type { Profile } from '../model/profile'
import { useProfileClient } from './ProfileProvider'

const selectProfile = (data: Profile | null): Profile => readProfile(data) as Profile

/**
 * The signed-in user's profile, as a TanStack query result. It is the same cache entry as that
 * user's entry in `useUserProfiles`, so an edit shows in both at once.
 *
 * @example
 * ```tsx
 * const { data: me, isPending, error } = useMyProfile()
 * return <span>{me?.nick}</span>
 * ```
 */
export function useMyProfile(): UseQueryResult<Profile, ProfileError> {
  const client = useProfileClient()
  const me = useQuery<string, ProfileError>(client.meQuery(), client.queryClient)
  const userID = me.data ?? ''
  const entry = useQuery<Profile | null, ProfileError, Profile>(
    { ...client.userQuery(userID), enabled: userID !== '', select: selectProfile },
    client.queryClient,
  )
  if (me.data === undefined) return me as unknown as UseQueryResult<Profile, ProfileError>
  return entry
}
