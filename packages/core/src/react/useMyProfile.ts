import { useQuery } from '@tanstack/react-query'
import { readProfile } from '../client/readProfile'
import type { ProfileError } from '../errors/ProfileError'
import type { Profile } from '../model/profile'
import { useProfileClient } from './ProfileProvider'

/** What `useMyProfile` returns: my profile and the state of loading it. */
export interface MyProfileResult {
  /** My profile, once loaded. */
  data: Profile | undefined
  /** Why my profile could not be loaded; `null` otherwise. */
  error: ProfileError | null
  status: 'pending' | 'error' | 'success'
  /** `true` until my profile first loads or fails. */
  isPending: boolean
  isError: boolean
  isSuccess: boolean
  /** `true` while my ID or my profile is being fetched (first load or refetch). */
  isFetching: boolean
  /** Reads my profile again (my ID first, until it is known). */
  refetch: () => Promise<void>
}

/**
 * The signed-in user's profile. It is the same cache entry as that user's entry in
 * `useUserProfiles`, so an edit shows in both at once. Two queries stand behind it: my ID, then
 * my entry; until my ID is known the result tells that query's state, then my entry's.
 *
 * @example
 * ```tsx
 * const { data: me, isPending, error } = useMyProfile()
 * return <span>{me?.nick}</span>
 * ```
 */
export function useMyProfile(): MyProfileResult {
  const client = useProfileClient()
  const me = useQuery<string, ProfileError>(client.meQuery(), client.queryClient)
  const userID = me.data
  const entry = useQuery<Profile | null, ProfileError, Profile | undefined>(
    { ...client.userQuery(userID ?? ''), enabled: userID !== undefined, select: selectProfile },
    client.queryClient,
  )
  const stage = userID === undefined ? me : entry
  return {
    data: userID === undefined ? undefined : entry.data,
    error: stage.error,
    status: stage.status,
    isPending: stage.isPending,
    isError: stage.isError,
    isSuccess: stage.isSuccess,
    isFetching: me.isFetching || entry.isFetching,
    refetch: async () => void (await stage.refetch()),
  }
}

// `null` (the backend does not know my user) shows as no profile rather than a cast.
const selectProfile = (data: Profile | null): Profile | undefined => readProfile(data) ?? undefined
