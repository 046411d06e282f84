import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react'
import { isUserID } from '../model/guards'
import { presenceEqual, type Presence } from '../presence/presence'
import { presenceOf } from '../presence/presenceOf'
import { useProfileClient } from './ProfileProvider'

/**
 * Who of these users is online, kept live while the component is mounted: one {@link Presence}
 * per valid user ID, in input order (IDs that are not user IDs are skipped). Every component that
 * shows a user shares one backend subscription, batched and rate-limited by the provider; a
 * component re-renders only when one of its users changes. `unavailable` when the adapter has no
 * presence or the backend has it switched off.
 *
 * @example
 * ```tsx
 * const presence = usePresence(members)
 * const online = presence.filter((p) => p.state === 'online').length
 * ```
 */
export function usePresence(userIDs: readonly string[]): Presence[] {
  const presence = presenceOf(useProfileClient())
  const key = Array.isArray(userIDs) ? userIDs.filter(isUserID).join('\u0000') : ''
  const users = useMemo(() => (key ? key.split('\u0000') : []), [key])
  const last = useRef<Presence[]>([])

  useEffect(() => presence.watch(users), [presence, users])
  const subscribe = useCallback((listener: () => void) => presence.listen(users, listener), [presence, users])
  const getSnapshot = useCallback(() => {
    const next = users.map((userID) => presence.get(userID))
    const previous = last.current
    // The same answer keeps the same array, as useSyncExternalStore requires between changes.
    if (
      next.length === previous.length &&
      next.every((item, index) => presenceEqual(item, previous[index]!))
    ) {
      return previous
    }
    last.current = next
    return next
  }, [presence, users])
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot)
}

/**
 * One user's presence, kept live while the component is mounted (see {@link usePresence}).
 *
 * @example
 * ```tsx
 * const { state, lastSeenAt } = useUserPresence(userID)
 * ```
 */
export function useUserPresence(userID: string): Presence {
  const [presence] = usePresence(useMemo(() => [userID], [userID]))
  return presence ?? { userID: String(userID), state: 'unknown', lastSeenAt: 0, customStatus: '' }
}
