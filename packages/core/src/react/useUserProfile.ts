import { useMemo } from 'react'
import type { Profile } from '../model/profile'
import type { UserProfilesResult } from './UserListObserver'
import { useUserList } from './useUserList'

/** What `useUserProfile` returns: the list result's state fields, for one user. */
export type UserProfileResult = Omit<UserProfilesResult, 'data' | 'byID' | 'notFound'> & {
  /** The profile, once loaded and found. */
  data: Profile | undefined
  /** `true` when the backend does not know this user (not an error). */
  notFound: boolean
}

/**
 * One user's profile, batched with every other request made in the same task.
 *
 * @example
 * ```tsx
 * const { data, notFound, error, refetch } = useUserProfile(userID)
 * if (notFound) return <p>No such user</p>
 * ```
 */
export function useUserProfile(userID: string): UserProfileResult {
  const list = useUserList({ userID }, 'useUserProfile')
  // The list holds at most this one user: its first profile is the profile.
  return useMemo(() => {
    const { data, byID: _byID, notFound, ...rest } = list
    return { ...rest, data: data[0], notFound: notFound.length > 0 }
  }, [list])
}
