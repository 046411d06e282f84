import {
  isRecord,
  isUserID,
  type PresenceChange,
  type PresenceSource,
  type UserPresence,
} from '@profile-kit/core/vanilla'
import type { ChatSDK } from '@tencentcloud/chat'
import type TencentCloudChat from '@tencentcloud/chat'
import { toTencentProfileError } from '../toTencentProfileError'

/** The parts of a `@tencentcloud/chat` instance presence uses. */
export type TencentPresenceChat = Pick<
  ChatSDK,
  'subscribeUserStatus' | 'unsubscribeUserStatus' | 'getUserStatus' | 'getLoginUser' | 'on' | 'off'
>

// Literals checked against the SDK's enums (importing those would load the SDK).
const USER_STATUS_UPDATED = 'onUserStatusUpdated' satisfies `${TencentCloudChat.EVENT.USER_STATUS_UPDATED}`
/** `TYPES.USER_STATUS_ONLINE`; the others are 0 unknown, 2 offline, 3 logged out or never logged in. */
const USER_STATUS_ONLINE: TencentCloudChat.TYPES.USER_STATUS_ONLINE = 1

/**
 * Presence over Tencent Cloud Chat's user status: `subscribeUserStatus` (100 users a call, 20
 * calls per 5 s), then `getUserStatus` for the state now (the subscription itself answers no
 * status; so the kit is told 10 calls per 5 s), and `EVENT.USER_STATUS_UPDATED` for changes. My own status is never subscribed to (the
 * SDK answers it locally and emits its changes itself). Tencent tells no "last seen" time, and a
 * web client that logs out reads as logged out (3) rather than offline: both count as offline.
 * Without the paid edition (SDK code 3122) or with the console switch off (72001) every call
 * rejects with `permission_denied`.
 *
 * @example
 * ```ts
 * const presence = createTencentPresence(chat)
 * const now = await presence.subscribe(['ada', 'grace'])
 * ```
 */
export function createTencentPresence(chat: TencentPresenceChat): PresenceSource {
  const others = (userIDs: string[]) => userIDs.filter((userID) => userID !== String(chat.getLoginUser()))
  return {
    maxBatchSize: 100,
    // Tencent allows 20 user status calls per 5 s and a subscribe here makes two of them
    // (getUserStatus's own limit is not documented, so it is counted against the same budget).
    rateLimit: { calls: 10, perMs: 5000 },
    async subscribe(userIDs) {
      const targets = others(userIDs)
      if (targets.length > 0) {
        await call('subscribeUserStatus', () => chat.subscribeUserStatus({ userIDList: targets }))
      }
      // getUserStatus takes 500; the kit's batches are at most 100.
      const data = await call('getUserStatus', () => chat.getUserStatus({ userIDList: userIDs }))
      return statusList(isRecord(data) ? data.successUserList : undefined).map(toUserPresence)
    },
    async unsubscribe(userIDs) {
      const targets = others(userIDs)
      // An empty list would unsubscribe everyone (the SDK sends `unsubscribeAll`).
      if (targets.length === 0) return
      await call('unsubscribeUserStatus', () => chat.unsubscribeUserStatus({ userIDList: targets }))
    },
    onChange(listener) {
      const handle = (event: unknown) => {
        const changes = statusList(isRecord(event) ? event.data : undefined).map(toPresenceChange)
        if (changes.length > 0) listener(changes)
      }
      chat.on(USER_STATUS_UPDATED, handle)
      return () => chat.off(USER_STATUS_UPDATED, handle)
    },
  }
}

/** One status as the SDK hands it out, in answers and events alike. */
interface TencentUserStatus {
  userID: string
  statusType: number
  customStatus?: string
}

function statusList(value: unknown): TencentUserStatus[] {
  if (!Array.isArray(value)) return []
  return (value as unknown[]).filter(
    (item): item is TencentUserStatus =>
      isRecord(item) && isUserID(item.userID) && typeof item.statusType === 'number',
  )
}

function toPresenceChange(status: TencentUserStatus): PresenceChange {
  return {
    userID: status.userID,
    online: status.statusType === USER_STATUS_ONLINE,
    customStatus: status.customStatus ?? '',
  }
}

function toUserPresence(status: TencentUserStatus): UserPresence {
  return { ...toPresenceChange(status), lastSeenAt: 0 } as UserPresence
}

async function call(operation: string, run: () => Promise<{ data?: unknown }>): Promise<unknown> {
  try {
    return (await run()).data
  } catch (error) {
    throw toTencentProfileError(error, operation)
  }
}

/** Whether `chat` has the user status API (a real instance does; a profile-only double may not). */
export function hasTencentPresence<T extends object>(chat: T): chat is T & TencentPresenceChat {
  const methods = ['subscribeUserStatus', 'unsubscribeUserStatus', 'getUserStatus', 'getLoginUser'] as const
  return methods.every((name) => typeof (chat as Record<string, unknown>)[name] === 'function')
}
