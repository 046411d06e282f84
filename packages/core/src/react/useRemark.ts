import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
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
  /** Longest remark the backend keeps, in UTF-8 bytes, when it says. */
  maxBytes: number | undefined
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
  const { data, status, error } = query
  // One object per distinct content, so a component passing it down re-renders only on a change.
  return useMemo((): RemarkResult => {
    if (!enabled) return { ...NO_REMARK, maxLength: rules.maxLength, maxBytes: rules.maxBytes }
    const remark = typeof data === 'string' ? data : undefined
    const isFriend = remark !== undefined
    return {
      remark,
      isFriend,
      canEdit: isFriend && rules.editable,
      maxLength: rules.maxLength,
      maxBytes: rules.maxBytes,
      status,
      isPending: status === 'pending',
      error: error ? toProfileError(error) : null,
    }
  }, [enabled, data, status, error, rules])
}

/** What an adapter without remarks (or a bad ID) gives: nothing to load, nobody to rename. */
const NO_REMARK = {
  remark: undefined,
  isFriend: false,
  canEdit: false,
  status: 'success',
  isPending: false,
  error: null,
} as const
