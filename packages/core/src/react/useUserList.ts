import { useMemo, useSyncExternalStore } from 'react'
import { checkUserIDs, type UserIDsInput } from '../client/checkUserIDs'
import { idListKey } from './idListKey'
import { useProfileClient } from './ProfileProvider'
import { UserListObserver, type UserProfilesResult } from './UserListObserver'

/**
 * The store behind `useUserProfiles` and `useUserProfile`: one {@link UserListObserver} per list
 * of IDs, kept while the IDs stay the same.
 *
 * @example
 * ```ts
 * const list = useUserList({ userIDs }, 'useUserProfiles')
 * ```
 */
export function useUserList(input: UserIDsInput, hook: string): UserProfilesResult {
  const client = useProfileClient()
  const given = 'userID' in input ? input.userID : input.userIDs
  // A new list with the same IDs (a fresh array each render) keeps the same observer.
  const key = Array.isArray(given) ? idListKey(given) : given
  const observer = useMemo(
    () => new UserListObserver(client, checkUserIDs(input, hook)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the IDs' content
    [client, key],
  )
  return useSyncExternalStore(observer.subscribe, observer.getSnapshot, observer.getSnapshot)
}
