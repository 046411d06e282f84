/** Whether the app may use user status: paid edition and console switch, as the server sees it. */
export type TencentStatusAvailability = 'enabled' | 'not-purchased' | 'switched-off'

/** `TencentCloudChat.TYPES.USER_STATUS_*`: 1 online, 2 offline, 3 logged out or never logged in. */
export type TencentStatusType = 1 | 2 | 3

/** One user status request the server got, for counting calls in tests. */
export interface TencentStatusRequest {
  P: 'ws_status_subscribe' | 'ws_status_unsubscribe' | 'ws_get_user_status'
  userIDs: string[]
}

/** The user status part of the fake Tencent server (see `createTencentFakeServer`). */
export interface TencentStatusServer {
  /** The `purchaseBits` the login answer carries; the SDK refuses status calls (3122) without bit 7. */
  readonly purchaseBits: string
  /** Whether `P` is a user status request this part answers. */
  answers(P: string): boolean
  handle(P: string, data: Record<string, unknown>): Promise<unknown>
  /** `userID` goes on- or offline, with a custom status; pushed when the logged-in user subscribed. */
  setStatus(userID: string, statusType: TencentStatusType, customStatus?: string): void
  /** Whom the logged-in user is subscribed to now. */
  subscribed(): string[]
  readonly requests: readonly TencentStatusRequest[]
}

// Server codes: 72001 the console switch is off; 70107 the user does not exist.
const STATUS_SWITCHED_OFF = 72001
const NO_SUCH_USER = 70107
// Bit 7 of the purchase bits is `USER_STATUS` in the 3.6.6 bundle's feature table.
const USER_STATUS_PURCHASED = '10000000'

/**
 * Answers `ws_status_subscribe`, `ws_status_unsubscribe` and `ws_get_user_status` as Tencent's
 * server does (custom status base64-encoded on the wire, unknown users in `failureUserList`), and
 * pushes status changes of subscribed users as a `userStatusList` event item through `push`.
 */
export function createTencentStatusServer(options: {
  availability: TencentStatusAvailability
  knows(userID: string): boolean
  push(eventItem: Record<string, unknown>): void
}): TencentStatusServer {
  const statuses = new Map<string, { statusType: TencentStatusType; customStatus: string }>()
  const subscriptions = new Set<string>()
  const requests: TencentStatusRequest[] = []
  const statusOf = (userID: string) => statuses.get(userID) ?? { statusType: 3, customStatus: '' }
  const failures = (userIDs: string[]) =>
    userIDs
      .filter((userID) => !options.knows(userID))
      .map((userID) => ({ userID, errorCode: NO_SUCH_USER, errorInfo: 'user not found' }))

  function answer(P: TencentStatusRequest['P'], userIDs: string[]) {
    if (P === 'ws_get_user_status') {
      const known = userIDs.filter(options.knows)
      const successUserList = known.map((userID) => {
        const { statusType, customStatus } = statusOf(userID)
        return { userID, statusType, customStatus: toBase64(customStatus) }
      })
      return { successUserList, failureUserList: failures(userIDs) }
    }
    const known = userIDs.filter(options.knows)
    if (P === 'ws_status_subscribe') known.forEach((userID) => subscriptions.add(userID))
    else known.forEach((userID) => subscriptions.delete(userID))
    return { failureUserList: failures(userIDs) }
  }

  return {
    purchaseBits: options.availability === 'not-purchased' ? '0' : USER_STATUS_PURCHASED,
    answers: (P) => ['ws_status_subscribe', 'ws_status_unsubscribe', 'ws_get_user_status'].includes(P),
    handle(P, data) {
      const userIDs = (data.userIDList ?? []) as string[]
      requests.push({ P: P as TencentStatusRequest['P'], userIDs })
      if (options.availability === 'switched-off') {
        return Promise.reject({ code: STATUS_SWITCHED_OFF, message: '' })
      }
      return Promise.resolve({ data: answer(P as TencentStatusRequest['P'], userIDs) })
    },
    setStatus(userID, statusType, customStatus = '') {
      statuses.set(userID, { statusType, customStatus })
      if (!subscriptions.has(userID)) return
      const item = { to: userID, statusType, customStatus: toBase64(customStatus) }
      // The SDK dispatches an event item by its key (`userStatusList`), not by its number.
      options.push({ event: 15, userStatusList: [item] })
    },
    subscribed: () => [...subscriptions],
    requests,
  }
}

/** The wire carries custom statuses as base64 of their UTF-8 bytes (the SDK decodes them). */
function toBase64(text: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)))
}
