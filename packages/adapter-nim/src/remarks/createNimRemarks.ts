import { isRecord, isUserID, type RemarkSource, type UserRemark } from '@profile-kit/core/vanilla'
import type {
  V2NIMFriend,
  V2NIMFriendListener,
  V2NIMFriendService,
} from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/V2NIMFriendService'
import { callNim } from '../callNim'

/** The parts of a `nim-web-sdk-ng` V2 instance aliases need. */
export interface NimFriendInstance {
  V2NIMFriendService?: Partial<Pick<V2NIMFriendService, 'getFriendByIds' | 'setFriendInfo' | 'on' | 'off'>>
}

/** NetEase keeps friend aliases of up to 128 characters. */
const MAX_ALIAS_LENGTH = 128
/** IDs per `getFriendByIds` call (a local read: the same cap as profile reads keeps calls small). */
const MAX_BATCH = 150

/**
 * Friend aliases over `V2NIMFriendService`: `getFriendByIds` reads the friend list the SDK synced at
 * login (non-friends are left out), `setFriendInfo(accountId, { alias })` sets one (the server
 * refuses non-friends with 104404), and `onFriendInfoChanged` / `onFriendAdded` /
 * `onFriendDeleted` keep the kit current, including changes made on other devices. `undefined`
 * when the instance has no friend service.
 *
 * @example
 * ```ts
 * const remarks = createNimRemarks(nim)
 * await remarks?.getRemarks(['alice']) // [{ userID: 'alice', remark: 'Boss' }]
 * ```
 */
export function createNimRemarks(nim: NimFriendInstance): RemarkSource | undefined {
  const friends = nim.V2NIMFriendService
  const { getFriendByIds, setFriendInfo, on, off } = friends ?? {}
  if (!friends || !getFriendByIds || !setFriendInfo || !on || !off) return undefined

  return {
    maxBatchSize: MAX_BATCH,
    maxLength: MAX_ALIAS_LENGTH,
    async getRemarks(userIDs) {
      const list = await callNim('getFriendByIds', () => getFriendByIds.call(friends, userIDs))
      return Array.isArray(list) ? list.flatMap(toRemark) : []
    },
    async setRemark(userID, remark) {
      await callNim('setFriendInfo', () => setFriendInfo.call(friends, userID, { alias: remark }))
    },
    subscribe(onChange) {
      const changed = (...[friend]: V2NIMFriendListener['onFriendInfoChanged']) => {
        const remarks = toRemark(friend)
        if (remarks.length > 0) onChange(remarks)
      }
      const deleted = (...[accountId]: V2NIMFriendListener['onFriendDeleted']) => {
        if (isUserID(accountId)) onChange([{ userID: accountId, remark: null }])
      }
      on.call(friends, 'onFriendInfoChanged', changed)
      on.call(friends, 'onFriendAdded', changed)
      on.call(friends, 'onFriendDeleted', deleted)
      return () => {
        off.call(friends, 'onFriendInfoChanged', changed)
        off.call(friends, 'onFriendAdded', changed)
        off.call(friends, 'onFriendDeleted', deleted)
      }
    },
  }
}

/** A friend as a remark (`''` without an alias); nothing for what is not a friend. */
function toRemark(friend: V2NIMFriend | unknown): UserRemark[] {
  if (!isRecord(friend) || !isUserID(friend.accountId)) return []
  return [{ userID: friend.accountId, remark: typeof friend.alias === 'string' ? friend.alias : '' }]
}
