import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import type { UpdateTicket } from '../client/createPendingUpdates'
import { profileKeys } from '../client/profileKeys'
import type { ProfileError } from '../errors/ProfileError'
import type { Profile, ProfilePatch } from '../model/profile'
import { useProfileClient } from './ProfileProvider'

/**
 * Edits my profile: validated before any I/O (`invalid_argument` with `field`), only changed fields
 * sent, shown everywhere at once, withdrawn on failure (remote changes that arrived meanwhile stay),
 * replaced by the backend's answer on success. Saves run one at a time, in order.
 *
 * @example
 * ```tsx
 * const update = useUpdateProfile()
 * update.mutate({ nick: 'Ada' }, { onError: (error) => toast(error.message) })
 * ```
 */
export function useUpdateProfile(): UseMutationResult<Profile, ProfileError, ProfilePatch, UpdateTicket> {
  const client = useProfileClient()
  const mutationKey = [...profileKeys.all(client.scope), 'update', ...client.sessionKey]
  return useMutation<Profile, ProfileError, ProfilePatch, UpdateTicket>(
    {
      mutationKey,
      // One scope per provider scope and session: TanStack runs its mutations one at a time, in order.
      scope: { id: mutationKey.join(':') },
      networkMode: 'always',
      retry: false,
      onMutate: (patch) => client.beginUpdate(patch),
      mutationFn: (patch) => client.sendUpdate(patch),
      onSuccess: (profile, _patch, ticket) => client.confirmUpdate(ticket, profile),
      onError: (_error, _patch, ticket) => {
        if (ticket) client.withdrawUpdate(ticket)
      },
    },
    client.queryClient,
  )
}
