import { isRecord, isUserID, type PresenceSource } from '@profile-kit/core/vanilla'
import type { NIM } from '@yxim/nim-web-sdk'
import type { NimClientStatus } from '../../presence/createNimClientTracker'
import { createNimPresenceSource } from '../../presence/createNimPresenceSource'
import { callNimClassic } from '../callNimClassic'
import type { NimClassicEvents } from '../createNimClassicEvents'

/** The parts of a classic `@yxim/nim-web-sdk` instance presence uses. */
export type NimClassicPresenceInstance = Pick<NIM, 'subscribeEvent' | 'unSubscribeEventsByAccounts'>

/** The classic SDK's built-in online-state event type. */
const ONLINE_STATE_EVENT = 1

/**
 * Presence over the classic SDK's event subscriptions: `subscribeEvent` for the online-state
 * event (type 1) with `sync: true` (the SDK sends 100 accounts a request; 3,000 in all, each for
 * `durationSeconds`, which the kit renews), `unSubscribeEventsByAccounts`, and `onpushevents`
 * through `events` (the SDK takes callbacks only at `NIM.getInstance`). Subscribing answers no
 * status: the current ones arrive as pushed events. Values as in the V2 SDK: 1 login, 2 logout,
 * 3 disconnect per client, from 10000 up the app's custom events (`custom` as their text).
 *
 * @throws {ProfileError} `invalid_argument` when `durationSeconds` is outside 60 to 2,592,000.
 * @example
 * ```ts
 * const presence = createNimClassicPresence(nim, profileEvents, 3600)
 * ```
 */
export function createNimClassicPresence(
  nim: NimClassicPresenceInstance,
  events: NimClassicEvents,
  durationSeconds?: number,
): PresenceSource {
  return createNimPresenceSource(
    {
      subscribe: (accounts, subscribeTime) =>
        callNimClassic('subscribeEvent', (done) =>
          nim.subscribeEvent({ type: ONLINE_STATE_EVENT, accounts, subscribeTime, sync: true, done }),
        ),
      unsubscribe: (accounts) =>
        callNimClassic('unSubscribeEventsByAccounts', (done) =>
          nim.unSubscribeEventsByAccounts({ type: ONLINE_STATE_EVENT, accounts, done }),
        ),
      listen: (handler) =>
        events.listen({
          onpushevents: (result) => {
            const pushed: unknown = isRecord(result) ? result.msgEvents : undefined
            handler(Array.isArray(pushed) ? (pushed as unknown[]).flatMap(toClientStatus) : [])
          },
        }),
    },
    durationSeconds,
  )
}

/** Whether `nim` has the event subscription calls presence needs. */
export function hasNimClassicPresence<T extends object>(nim: T): nim is T & NimClassicPresenceInstance {
  const calls = nim as Partial<Record<keyof NimClassicPresenceInstance, unknown>>
  return typeof calls.subscribeEvent === 'function' && typeof calls.unSubscribeEventsByAccounts === 'function'
}

/**
 * One pushed online-state event as a client status. The SDK hands the wire's numbers over as
 * strings (its declarations say so) and the client type as a name (`'Web'`, `'iOS'`...).
 */
function toClientStatus(event: unknown): NimClientStatus[] {
  if (!isRecord(event) || Number(event.type) !== ONLINE_STATE_EVENT || !isUserID(event.account)) return []
  const statusType = Number(event.value)
  if (!Number.isInteger(statusType)) return []
  return [
    {
      userID: event.account,
      statusType,
      clientType: String(event.clientType ?? ''),
      publishTime: Number(event.time) || 0,
      custom: typeof event.custom === 'string' ? event.custom : undefined,
    },
  ]
}
