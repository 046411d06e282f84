import { useMemo, useSyncExternalStore } from 'react'
import { UserListObserver, type UserProfilesResult } from './UserListObserver'
import { useProfileClient } from './ProfileProvider'

/**
 * Profiles of many users at once: one batched request per `maxBatchSize` IDs, shared with every
 * other component, live. Unknown users land in `notFound`; bad IDs (non-strings, empty, blank) give
 * an error naming the value while the valid IDs still load. Stays linear at 10,000 IDs.
 *
 * @example
 * ```tsx
 * const { data, notFound, isPending } = useUserProfiles(message.senders)
 * ```
 */
export function useUserProfiles(userIDs: readonly string[]): UserProfilesResult {
  const client = useProfileClient()
  // A new list with the same IDs (a fresh array each render) keeps the same observer.
  const key = Array.isArray(userIDs)
    ? userIDs.map(String).join('\u0000') + `#${userIDs.length}`
    : typeof userIDs
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the IDs' content
  const observer = useMemo(() => new UserListObserver(client, userIDs, 'useUserProfiles'), [client, key])
  return useSyncExternalStore(observer.subscribe, observer.getSnapshot, observer.getSnapshot)
}
