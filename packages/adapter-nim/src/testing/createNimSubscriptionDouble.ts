import type { V2NIMUserStatus } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/V2NIMSubscriptionService'
import type { NimSubscriptionService } from '../presence/createNimPresence'
import { NIM_PRESENCE_DURATION_RANGE } from '../presence/nimPresenceLimits'

/** `V2NIMSubscriptionService` of the double, and the control that publishes a user's status. */
export interface NimSubscriptionDouble {
  /** The double's `V2NIMSubscriptionService`. */
  service: NimSubscriptionService
  /**
   * A client of `accountId` publishes a status (1 login, 2 logout, 3 disconnect, above 10000
   * custom); `onUserStatusChanged` fires when the logged-in user holds an unexpired subscription.
   */
  publishUserStatus(
    accountId: string,
    statusType: number,
    options?: { clientType?: number; extension?: string },
  ): void
}

/** What the subscription part needs from the NIM double around it. */
interface NimSubscriptionHost {
  knows(accountId: string): boolean
  /** The logged-in user, `''` before login (calls then reject with 190002). */
  loginUser(): string
  now(): number
  nimError(code: number, desc: string): Error
}

const WEB_CLIENT = 16
const MAX_ACCOUNTS = 100

/**
 * NetEase's user status subscriptions for the double (the demo's NetEase backend), as the real SDK
 * and server behave: 100 accounts a call and a duration of 60 s to 30 days (else 191004), unknown
 * accounts answered as failed, subscriptions that expire, the current statuses sent right after an
 * `immediateSync` subscription, and each later status pushed while subscribed.
 */
export function createNimSubscriptionDouble(host: NimSubscriptionHost): NimSubscriptionDouble {
  const expiries = new Map<string, number>()
  const latest = new Map<string, Map<string, V2NIMUserStatus>>()
  const listeners = new Set<(statuses: V2NIMUserStatus[]) => void>()
  const subscribed = (accountId: string) => (expiries.get(accountId) ?? 0) > host.now()
  const emit = (statuses: V2NIMUserStatus[]) => {
    if (statuses.length > 0) for (const listener of [...listeners]) listener(statuses)
  }
  const begin = (accountIds: unknown, required: boolean) => {
    if (!host.loginUser()) throw host.nimError(190002, 'not logged in')
    const valid = Array.isArray(accountIds) && accountIds.length <= MAX_ACCOUNTS
    if (!valid || (required && accountIds.length === 0)) throw host.nimError(191004, 'accountIds')
  }

  const service: NimSubscriptionService = {
    async subscribeUserStatus({ accountIds, duration = 60, immediateSync = false }) {
      begin(accountIds, true)
      const { min, max } = NIM_PRESENCE_DURATION_RANGE
      if (duration < min || duration > max) throw host.nimError(191004, 'duration')
      const known = accountIds.filter(host.knows)
      for (const id of known) expiries.set(id, host.now() + duration * 1000)
      if (immediateSync) {
        const current = known.flatMap((id) => [...(latest.get(id)?.values() ?? [])])
        setTimeout(() => emit(current))
      }
      return accountIds.filter((id) => !host.knows(id))
    },
    async unsubscribeUserStatus({ accountIds }) {
      begin(accountIds, false)
      if (accountIds.length === 0) expiries.clear()
      for (const id of accountIds) expiries.delete(id)
      return []
    },
    on: (_event, listener) => void listeners.add(listener),
    off: (_event, listener) => void listeners.delete(listener),
  }

  return {
    service,
    publishUserStatus(accountId, statusType, { clientType = WEB_CLIENT, extension } = {}) {
      const status: V2NIMUserStatus = {
        accountId,
        statusType,
        clientType,
        publishTime: host.now(),
        extension,
      }
      // One online status per client, and one custom status.
      const slot = statusType > 10_000 ? 'custom' : String(clientType)
      latest.set(accountId, (latest.get(accountId) ?? new Map()).set(slot, status))
      if (host.loginUser() && subscribed(accountId)) emit([status])
    },
  }
}
