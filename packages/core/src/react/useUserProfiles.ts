import type { UserProfilesResult } from './UserListObserver'
import { useUserList } from './useUserList'

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
  return useUserList({ userIDs }, 'useUserProfiles')
}
