import type { Presence } from '@profile-kit/core'
import type { ShownTranslate } from '../messages/useShownMessages'
import { useShownMessages } from '../messages/useShownMessages'
import { useNow } from '../internal/useNow'
import { formatLastSeen } from './formatLastSeen'

/**
 * A presence in words, in the provider's locale: "Online", "Last seen 5 minutes ago", "Offline";
 * `''` when unknown, unavailable or not given (nothing to show). "Last seen" texts stay current
 * through one page-wide clock, not a timer per component.
 *
 * @example
 * ```tsx
 * const text = usePresenceText(useUserPresence(userID))
 * ```
 */
export function usePresenceText(presence: Presence | undefined): string {
  const t = useShownMessages()
  const now = useNow(presence?.state === 'offline' && presence.lastSeenAt > 0)
  return presence ? describePresence(presence, now, t) : ''
}

/** The words for a presence at `now` (see {@link usePresenceText}). */
export function describePresence(presence: Presence, now: number, t: ShownTranslate): string {
  if (presence.state === 'online') return t('presence.online')
  if (presence.state !== 'offline') return ''
  if (presence.lastSeenAt <= 0) return t('presence.offline')
  const time = formatLastSeen(presence.lastSeenAt, now, t('locale'))
  return time === undefined ? t('presence.lastSeenJustNow') : t('presence.lastSeen', { time })
}
