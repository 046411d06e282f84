import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import { profileKeys } from '../client/profileKeys'
import type { ProfileError } from '../errors/ProfileError'
import type { Profile, ProfilePatch } from '../model/profile'
import { useProfileClient } from './ProfileProvider'

/**
 * Edits my profile: validated before any I/O (`invalid_argument` with `field`), only changed fields
 * sent, shown everywhere at once, withdrawn on failure (remote changes that arrived meanwhile stay),
 * replaced by the backend's answer on success. Saves run one at a time, in order. The engine's
 * `updateMyProfile` does all of it; this hook gives it TanStack's mutation state.
 *
 * @example
 * ```tsx
 * const update = useUpdateProfile()
 * update.mutate({ nick: 'Ada' }, { onError: (error) => toast(error.message) })
 * ```
 */
export function useUpdateProfile(): UseMutationResult<Profile, ProfileError, ProfilePatch> {
  const client = useProfileClient()
  return useMutation<Profile, ProfileError, ProfilePatch>(
    {
      mutationKey: [...profileKeys.all(client.scope), 'update', ...client.sessionKey],
      // No mutation scope: the engine queues the sends itself, and a scope would hold back the
      // optimistic view of a save queued behind another.
      mutationFn: (patch) => client.updateMyProfile(patch),
      networkMode: 'always',
      retry: false,
    },
    client.queryClient,
  )
}
