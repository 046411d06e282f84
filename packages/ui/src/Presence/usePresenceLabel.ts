import { useUserPresence, type Presence, type PresenceState } from '@profile-kit/core'
import type { Translate } from '../messages/createTranslator'
import { useMessages } from '../messages/useMessages'
import { useNow } from '../internal/useNow'
import { formatLastSeen } from './formatLastSeen'

/** A user's presence as the components show it. */
export interface PresenceLabel {
  state: PresenceState
  /** "Online", "Last seen 5 minutes ago", "Offline"; `''` when unknown or unavailable (nothing to show). */
  text: string
}

/**
 * A user's live presence in words, in the provider's locale. "Last seen" texts stay current
 * through one page-wide clock, not a timer per component.
 *
 * @example
 * ```tsx
 * const { state, text } = usePresenceLabel(userID)
 * ```
 */
export function usePresenceLabel(userID: string): PresenceLabel {
  const presence = useUserPresence(userID)
  const t = useMessages()
  const now = useNow(presence.state === 'offline' && presence.lastSeenAt > 0)
  return { state: presence.state, text: describePresence(presence, now, t) }
}

/** The words for a presence at `now` (see {@link PresenceLabel.text}). */
export function describePresence(presence: Presence, now: number, t: Translate): string {
  if (presence.state === 'online') return t('presence.online')
  if (presence.state !== 'offline') return ''
  if (presence.lastSeenAt <= 0) return t('presence.offline')
  const time = formatLastSeen(presence.lastSeenAt, now, t('locale'))
  return time === undefined ? t('presence.lastSeenJustNow') : t('presence.lastSeen', { time })
}
