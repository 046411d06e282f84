import {
  isRecord,
  isUserID,
  type RemarkChange,
  type RemarkSource,
  type UserRemark,
} from '@profile-kit/core/vanilla'
import type { ChatSDK } from '@tencentcloud/chat'
import { callTencent } from '../callTencent'
import { toTencentProfileError } from '../toTencentProfileError'

/** The parts of a `@tencentcloud/chat` instance remarks need (its relationship module's API). */
export type TencentFriendChat = Pick<ChatSDK, 'getFriendProfile' | 'updateFriend' | 'on' | 'off'>

/** `TencentCloudChat.EVENT.FRIEND_LIST_UPDATED`: the whole friend list, after any change to it. */
const FRIEND_LIST_UPDATED = 'onFriendListUpdated'
/** The SDK's code for a user who is not a friend (`getFriendProfile` lists them as failures). */
const NOT_MY_FRIEND = 2700
/** Tencent keeps friend remarks of up to 96 bytes. */
const MAX_REMARK_BYTES = 96
/** IDs per `getFriendProfile` call: the SDK asks the server for 100 friends at a time itself. */
const MAX_BATCH = 100

/**
 * Friend remarks over Tencent Cloud Chat's relationship module: `getFriendProfile({ userIDList })`
 * answers friends from the SDK's friend cache (asking the server for entries older than 3 minutes)
 * and lists everyone else as a failure with code 2700, which here means "not a friend, no remark";
 * any other failure rejects. `updateFriend({ userID, remark })` sets one (the SDK refuses non-friends
 * with 2700). `FRIEND_LIST_UPDATED` carries the whole list (throttled by the SDK to about one per
 * second): the changes are what differs from the last remarks seen, and a friend who left it is
 * reported as `null`. `undefined` when the instance has no relationship API.
 *
 * @example
 * ```ts
 * const remarks = createTencentRemarks(chat)
 * await remarks?.getRemarks(['alice']) // [{ userID: 'alice', remark: 'Boss' }]
 * ```
 */
export function createTencentRemarks(chat: Partial<TencentFriendChat>): RemarkSource | undefined {
  const { getFriendProfile, updateFriend } = chat
  if (typeof getFriendProfile !== 'function' || typeof updateFriend !== 'function') return undefined
  /** The remark last seen per friend, to tell what an event changed and who left the list. */
  const seen = new Map<string, string>()

  return {
    maxBatchSize: MAX_BATCH,
    maxBytes: MAX_REMARK_BYTES,
    async getRemarks(userIDs) {
      const data = await callTencent('getFriendProfile', () =>
        getFriendProfile.call(chat, { userIDList: userIDs }),
      )
      assertOnlyStrangersFailed(data)
      const remarks = friendRemarks(isRecord(data) ? data.friendList : undefined)
      for (const { userID, remark } of remarks) seen.set(userID, remark)
      return remarks
    },
    async setRemark(userID, remark) {
      await callTencent('updateFriend', () => updateFriend.call(chat, { userID, remark }))
    },
    subscribe(onChange) {
      const handle = (event: unknown) => {
        const list = isRecord(event) ? event.data : undefined
        if (!Array.isArray(list)) return
        const changes = diffRemarks(seen, friendRemarks(list))
        if (changes.length > 0) onChange(changes)
      }
      chat.on?.(FRIEND_LIST_UPDATED, handle)
      return () => chat.off?.(FRIEND_LIST_UPDATED, handle)
    },
  }
}

/** Friends of an answer or event, as remarks (`''` for a friend without one). */
function friendRemarks(list: unknown): UserRemark[] {
  if (!Array.isArray(list)) return []
  return (list as unknown[]).flatMap((friend) =>
    isRecord(friend) && isUserID(friend.userID)
      ? [{ userID: friend.userID, remark: typeof friend.remark === 'string' ? friend.remark : '' }]
      : [],
  )
}

/** What the new friend list changes against `seen` (updated in place): new remarks, and `null` for those gone. */
function diffRemarks(seen: Map<string, string>, friends: UserRemark[]): RemarkChange[] {
  const changes: RemarkChange[] = []
  const present = new Set<string>()
  for (const { userID, remark } of friends) {
    present.add(userID)
    if (seen.get(userID) !== remark) changes.push({ userID, remark })
    seen.set(userID, remark)
  }
  for (const userID of [...seen.keys()]) {
    if (!present.has(userID)) {
      seen.delete(userID)
      changes.push({ userID, remark: null })
    }
  }
  return changes
}

/** A failure other than "not a friend" (a server error for a stale entry) must not read as "no remark". */
function assertOnlyStrangersFailed(data: unknown): void {
  const failures = isRecord(data) && Array.isArray(data.failureUserIDList) ? data.failureUserIDList : []
  const failure = (failures as unknown[]).find((item) => isRecord(item) && item.code !== NOT_MY_FRIEND)
  if (failure) throw toTencentProfileError(failure, 'getFriendProfile')
}
