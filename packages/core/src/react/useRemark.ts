import { useQuery } from '@tanstack/react-query'
import { toProfileError, type ProfileError } from '../errors/ProfileError'
import { isUserID } from '../model/guards'
import { useProfileClient } from './ProfileProvider'

/** What `useRemark` returns. */
export interface RemarkResult {
  /** My remark for the user: `''` for a friend without one; `undefined` while loading or for a non-friend. */
  remark: string | undefined
  /** `true` once the backend says the user is my friend (only friends have remarks). */
  isFriend: boolean
  /** `true` when I may set a remark for this user: the backend can, and the user is my friend. */
  canEdit: boolean
  /** Longest remark the backend keeps, in UTF-16 units, when it says. */
  maxLength: number | undefined
  /** `'success'` at once when the adapter has no remarks (there is nothing to load). */
  status: 'pending' | 'success' | 'error'
  isPending: boolean
  error: ProfileError | null
}

/**
 * My remark (alias) for one user, batched with every other remark request of the same task and
 * kept live by the adapter's remark events. Edit it with {@link useSetRemark}.
 *
 * @example
 * ```tsx
 * const { remark, canEdit } = useRemark(userID)
 * ```
 */
export function useRemark(userID: string): RemarkResult {
  const client = useProfileClient()
  const rules = client.remarkRules
  const enabled = rules.supported && isUserID(userID)
  const query = useQuery(
    { ...client.remarkQuery(isUserID(userID) ? userID : '-'), enabled },
    client.queryClient,
  )
  if (!enabled) {
    return {
      remark: undefined,
      isFriend: false,
      canEdit: false,
      maxLength: rules.maxLength,
      status: 'success',
      isPending: false,
      error: null,
    }
  }
  const remark = typeof query.data === 'string' ? query.data : undefined
  const isFriend = remark !== undefined
  return {
    remark,
    isFriend,
    canEdit: isFriend && rules.editable,
    maxLength: rules.maxLength,
    status: query.status,
    isPending: query.isPending,
    error: query.error ? toProfileError(query.error) : null,
  }
}
