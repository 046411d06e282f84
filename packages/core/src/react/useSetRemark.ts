import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import { profileKeys } from '../client/profileKeys'
import type { ProfileError } from '../errors/ProfileError'
import { useProfileClient } from './ProfileProvider'

/** What {@link useSetRemark}'s `mutate` takes. */
export interface SetRemarkVariables {
  userID: string
  /** The new remark; `''` clears it. */
  remark: string
}

/**
 * Sets my remark for a friend: checked against the backend's `maxLength` before any I/O
 * (`invalid_argument`, field `remark`), shown in every name at once, withdrawn on failure. The
 * engine's `setRemark` does it; this hook gives it TanStack's mutation state.
 *
 * @example
 * ```tsx
 * const setRemark = useSetRemark()
 * setRemark.mutate({ userID, remark: 'Boss' }, { onError: (error) => toast(error.message) })
 * ```
 */
export function useSetRemark(): UseMutationResult<void, ProfileError, SetRemarkVariables> {
  const client = useProfileClient()
  return useMutation<void, ProfileError, SetRemarkVariables>(
    {
      mutationKey: [...profileKeys.all(client.scope), 'setRemark', ...client.sessionKey],
      mutationFn: ({ userID, remark }) => client.setRemark(userID, remark),
      networkMode: 'always',
      retry: false,
    },
    client.queryClient,
  )
}
