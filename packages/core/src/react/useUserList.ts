import { useMemo, useSyncExternalStore } from 'react'
import { checkUserIDs } from '../client/checkUserIDs'
import { useProfileClient } from './ProfileProvider'
import { UserListObserver, type UserProfilesResult } from './UserListObserver'

/**
 * The store behind `useUserProfiles` and `useUserProfile`: one {@link UserListObserver} per list
 * of IDs, kept while the IDs stay the same. `one` takes a single ID instead of a list.
 *
 * @example
 * ```ts
 * const list = useUserList(userIDs, 'useUserProfiles')
 * ```
 */
export function useUserList(input: unknown, hook: string, one?: boolean): UserProfilesResult {
  const client = useProfileClient()
  // A new list with the same IDs (a fresh array each render) keeps the same observer.
  const key = Array.isArray(input) ? input.map(String).join('\u0000') + `#${input.length}` : input
  const observer = useMemo(
    () => new UserListObserver(client, checkUserIDs(input, hook, one)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the IDs' content
    [client, key],
  )
  return useSyncExternalStore(observer.subscribe, observer.getSnapshot, observer.getSnapshot)
}
