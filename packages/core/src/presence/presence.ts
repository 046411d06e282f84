import type { PresenceChange, UserPresence } from '../adapter/PresenceSource'

/**
 * What the kit can say about a user's presence:
 * - `online` / `offline`: as the backend last said, kept live while something shows the user;
 * - `unknown`: not (yet) known: before the first answer, or while the backend cannot be asked;
 * - `unavailable`: the backend has no presence (no `presence` capability, or switched off for this
 *   app, e.g. Tencent error 72001): show nothing rather than an error.
 */
export type PresenceState = 'online' | 'offline' | 'unknown' | 'unavailable'

/**
 * One user's presence as the hooks hand it out. Never mutated: a change is a new object.
 *
 * @example
 * ```ts
 * const presence: Presence = { userID: 'ada', state: 'offline', lastSeenAt: 1764750000000, customStatus: '' }
 * ```
 */
export interface Presence {
  /** Whose presence. */
  userID: string
  /** What the kit can say now (see {@link PresenceState}). */
  state: PresenceState
  /** When the user went offline (ms since epoch), where the backend tells; `0` when unknown. */
  lastSeenAt: number
  /** A custom status the user published; `''` when none. */
  customStatus: string
}

/** The presence of a user nothing is known about yet, or of every user when the backend has none. */
export function blankPresence(userID: string, state: 'unknown' | 'unavailable'): Presence {
  return Object.freeze({ userID, state, lastSeenAt: 0, customStatus: '' })
}

/**
 * Applies what the backend said (an answer or a pushed change) to what was known. Fields the
 * backend did not carry keep their value; an answer without `online` leaves the state as it was.
 */
export function mergePresence(current: Presence, change: PresenceChange | UserPresence): Presence {
  const state = typeof change.online === 'boolean' ? (change.online ? 'online' : 'offline') : current.state
  const lastSeenAt =
    typeof change.lastSeenAt === 'number' && Number.isFinite(change.lastSeenAt)
      ? change.lastSeenAt
      : current.lastSeenAt
  const customStatus = typeof change.customStatus === 'string' ? change.customStatus : current.customStatus
  if (state === current.state && lastSeenAt === current.lastSeenAt && customStatus === current.customStatus) {
    return current
  }
  return Object.freeze({ userID: current.userID, state, lastSeenAt, customStatus })
}

/** `true` when both say the same about the user (hooks keep the old object then). */
export function presenceEqual(a: Presence, b: Presence): boolean {
  return (
    a.userID === b.userID &&
    a.state === b.state &&
    a.lastSeenAt === b.lastSeenAt &&
    a.customStatus === b.customStatus
  )
}
