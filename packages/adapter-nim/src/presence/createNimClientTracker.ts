import type { PresenceChange } from '@profile-kit/core/vanilla'
import type { V2NIMUserStatusType } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/V2NIMSubscriptionService'

/** One status one client of a user published, as either NetEase SDK reports it. */
export interface NimClientStatus {
  userID: string
  /** 1 login, 2 logout, 3 disconnect; from 10000 up, the app's own custom statuses. */
  statusType: number
  /** The client that published it (a number in the V2 SDK, a name such as `'Web'` in the classic one). */
  clientType: number | string
  /** Server time (ms) of the publication. */
  publishTime: number
  /** The app's text of a custom status. */
  custom?: string
}

// V2NIMUserStatusType is an ambient const enum: literals checked against its members instead. The
// classic SDK documents the same values for its online-state event (type 1).
const LOGIN: V2NIMUserStatusType.V2NIM_USER_STATUS_TYPE_LOGIN = 1
const LOGOUT: V2NIMUserStatusType.V2NIM_USER_STATUS_TYPE_LOGOUT = 2
const DISCONNECT: V2NIMUserStatusType.V2NIM_USER_STATUS_TYPE_DISCONNECT = 3
const CUSTOM_FROM = 10_000

/** Turns client statuses into presence changes; see {@link createNimClientTracker}. */
export interface NimClientTracker {
  /** The change this status makes, or `undefined` when it changes nothing the kit shows. */
  apply(status: NimClientStatus): PresenceChange | undefined
  /** Drops what is known of these users' clients (after unsubscribing). */
  forget(userIDs: string[]): void
}

/**
 * NetEase reports each client of a user (web, phone, desktop) on its own. This keeps which clients
 * of each user are logged in, so a user is online while any is, and offline, last seen at the
 * publish time of the last logout or disconnect, when none is. A custom status becomes
 * `customStatus` (its text, or its number when it has none); status 0 (unknown) changes nothing.
 */
export function createNimClientTracker(): NimClientTracker {
  const loggedIn = new Map<string, Set<number | string>>()
  const clientsOf = (userID: string) => loggedIn.get(userID) ?? loggedIn.set(userID, new Set()).get(userID)!
  return {
    apply({ userID, statusType, clientType, publishTime, custom }) {
      if (statusType >= CUSTOM_FROM) return { userID, customStatus: custom || String(statusType) }
      if (statusType === LOGIN) {
        clientsOf(userID).add(clientType)
        return { userID, online: true }
      }
      if (statusType !== LOGOUT && statusType !== DISCONNECT) return undefined
      const clients = clientsOf(userID)
      clients.delete(clientType)
      if (clients.size > 0) return undefined
      return { userID, online: false, lastSeenAt: publishTime }
    },
    forget(userIDs) {
      for (const userID of userIDs) loggedIn.delete(userID)
    },
  }
}
