import type { NimClassicPresenceInstance } from '../presence/createNimClassicPresence'
import type { NimClassicCallbacks } from '../nimClassicTypes'

/** The classic SDK's event subscription calls for the double, and the control that publishes. */
export interface NimClassicEventDouble extends NimClassicPresenceInstance {
  /**
   * A client of `account` publishes its online state (1 login, 2 logout, 3 disconnect; from 10000
   * custom, with `custom` text): `onpushevents` fires when this client subscribed to `account`.
   */
  publishOnlineState(account: string, value: number, options?: { clientType?: string; custom?: string }): void
}

/** What the event part needs from the classic double around it. */
interface NimClassicEventHost {
  knows(account: string): boolean
  connected(): boolean
  now(): number
  onpushevents?: NimClassicCallbacks['onpushevents']
}

/**
 * Online-state event subscriptions for the classic double (the demo's classic backend), as the real
 * SDK behaves on its wire: failed accounts in `done`'s `failedAccounts`, the current events pushed
 * right after a `sync` subscription, later ones while subscribed; numbers handed over as strings and
 * the client type as a name, as the SDK's declarations say. Calls before `connect` fail.
 */
export function createNimClassicEventDouble(host: NimClassicEventHost): NimClassicEventDouble {
  const subscribed = new Set<string>()
  const latest = new Map<string, Map<string, Record<string, string>>>()
  const push = (events: Array<Record<string, string>>) => {
    if (events.length > 0) setTimeout(() => host.onpushevents?.({ msgEvents: events as never }))
  }
  const notConnected = {
    code: 'Error_Connection_Socket_State_not_Match',
    message: 'not connected',
    event: {},
  }
  return {
    subscribeEvent({ accounts, sync = true, done }) {
      setTimeout(() => {
        if (!host.connected()) return done?.(notConnected, undefined as never)
        const known = accounts.filter(host.knows)
        known.forEach((account) => subscribed.add(account))
        done?.(null, { failedAccounts: accounts.filter((account) => !host.knows(account)) } as never)
        if (sync) push(known.flatMap((account) => [...(latest.get(account)?.values() ?? [])]))
      })
    },
    unSubscribeEventsByAccounts({ accounts = [], done }) {
      setTimeout(() => {
        if (!host.connected()) return done?.(notConnected, undefined as never)
        accounts.forEach((account) => subscribed.delete(account))
        done?.(null, { failedAccounts: [] } as never)
      })
    },
    publishOnlineState(account, value, { clientType = 'Web', custom } = {}) {
      const event = { type: '1', value: String(value), account, time: String(host.now()), clientType }
      const pushed = custom === undefined ? event : { ...event, custom }
      // One online state per client, and one custom event.
      const slot = value >= 10_000 ? 'custom' : clientType
      latest.set(account, (latest.get(account) ?? new Map()).set(slot, pushed))
      if (host.connected() && subscribed.has(account)) push([pushed])
    },
  }
}
