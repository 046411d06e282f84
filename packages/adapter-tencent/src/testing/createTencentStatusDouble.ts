import type { TencentPresenceChat } from '../presence/createTencentPresence'

/** `TencentCloudChat.TYPES.USER_STATUS_*`: 1 online, 2 offline, 3 logged out or never logged in. */
export type TencentUserStatusType = 1 | 2 | 3

/** The user status calls of the double, and the control that changes a user's status. */
export interface TencentStatusDouble extends Pick<
  TencentPresenceChat,
  'subscribeUserStatus' | 'unsubscribeUserStatus' | 'getUserStatus'
> {
  /** A user's status changes; pushed (`USER_STATUS_UPDATED`) when the logged-in user subscribed. */
  setUserStatus(userID: string, statusType: TencentUserStatusType, customStatus?: string): void
}

/** What the status part needs from the chat double around it. */
interface TencentStatusHost {
  knows(userID: string): boolean
  /** The logged-in user, `''` before login (calls then reject with 2024). */
  loginUser(): string
  emit(name: string, data: unknown): void
  sdkError(code: number): Error
}

const USER_STATUS_UPDATED = 'onUserStatusUpdated'
// The SDK's own caps: it keeps the first 100 (subscribe) or 500 (query) and warns.
const MAX_SUBSCRIBE = 100
const MAX_QUERY = 500

/**
 * The `@tencentcloud/chat` user status API for the double (the demo's Tencent backend): answers as
 * `{ code: 0, data }` with `successUserList` / `failureUserList`, answers my own status (online)
 * without asking, caps lists as the SDK does, and emits changes of subscribed users. Everyone starts
 * logged out (3).
 */
export function createTencentStatusDouble(host: TencentStatusHost): TencentStatusDouble {
  const statuses = new Map<string, { statusType: TencentUserStatusType; customStatus: string }>()
  const subscribed = new Set<string>()
  const statusOf = (userID: string) => ({
    userID,
    ...(userID === host.loginUser()
      ? { statusType: 1, customStatus: '' }
      : (statuses.get(userID) ?? { statusType: 3, customStatus: '' })),
  })
  const failures = (userIDs: string[]) =>
    userIDs.filter((id) => !host.knows(id)).map((userID) => ({ userID, code: 70107, message: '' }))
  const begin = () => {
    if (!host.loginUser()) throw host.sdkError(2024)
  }

  return {
    async subscribeUserStatus({ userIDList }) {
      begin()
      const ids = userIDList.slice(0, MAX_SUBSCRIBE)
      ids.filter(host.knows).forEach((id) => subscribed.add(id))
      return { code: 0, data: { failureUserList: failures(ids) } }
    },
    async unsubscribeUserStatus(options) {
      begin()
      const ids = options?.userIDList ?? []
      // Like the SDK: no list (or an empty one) unsubscribes everyone.
      if (ids.length === 0) subscribed.clear()
      ids.slice(0, MAX_SUBSCRIBE).forEach((id) => subscribed.delete(id))
      return { code: 0, data: { failureUserList: [] } }
    },
    async getUserStatus({ userIDList }) {
      begin()
      const ids = userIDList.slice(0, MAX_QUERY)
      const known = ids.filter((id) => id === host.loginUser() || host.knows(id))
      return { code: 0, data: { successUserList: known.map(statusOf), failureUserList: failures(ids) } }
    },
    setUserStatus(userID, statusType, customStatus = '') {
      statuses.set(userID, { statusType, customStatus })
      if (host.loginUser() && subscribed.has(userID)) {
        host.emit(USER_STATUS_UPDATED, [{ userID, statusType, customStatus }])
      }
    },
  }
}
