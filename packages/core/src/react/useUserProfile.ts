import { useMemo, useSyncExternalStore } from 'react'
import { badInput, isUserID } from '../client/checkUserIDs'
import type { ProfileError } from '../errors/ProfileError'
import type { Profile } from '../model/profile'
import { useProfileClient } from './ProfileProvider'
import { UserListObserver } from './UserListObserver'

/** What `useUserProfile` returns. */
export interface UserProfileResult {
  /** The profile, once loaded and found. */
  data: Profile | undefined
  /** `true` when the backend does not know this user (not an error). */
  notFound: boolean
  status: 'pending' | 'success' | 'error'
  isPending: boolean
  isFetching: boolean
  isError: boolean
  error: ProfileError | null
  refetch: () => Promise<void>
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
  const client = useProfileClient()
  const observer = useMemo(() => new UserListObserver(client, [userID], 'useUserProfile'), [client, userID])
  const list = useSyncExternalStore(observer.subscribe, observer.getSnapshot, observer.getSnapshot)
  return useMemo(() => {
    const error = isUserID(userID)
      ? list.error
      : badInput('useUserProfile', 'userID', userID, 'a user ID must be a non-empty string')
    return {
      data: isUserID(userID) ? list.byID[userID] : undefined,
      notFound: list.notFound.length > 0,
      status: error ? 'error' : list.status,
      isPending: list.isPending,
      isFetching: list.isFetching,
      isError: error !== null,
      error,
      refetch: list.refetch,
    }
  }, [list, userID])
}
