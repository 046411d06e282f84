import type { TencentWirePush } from './createTencentFakeServer'

/** The SNS tag of a friend remark on the wire. */
export const TENCENT_REMARK_TAG = 'Tag_SNS_IM_Remark'
/** What the server answers for a user who is not a friend (the SDK's `NOT_MY_FRIEND`). */
const NOT_A_FRIEND = 30001

/**
 * The friend half of the Tencent fake server: remarks stored per friend, the relationship module's
 * requests (`friend_get` at login, `friend_get_specified` for entries the SDK holds for over three
 * minutes, `friend_update`) answered in the SDK's decoded shapes, and the pushes another device's
 * change causes (`friendListMod` with `friendUpInfo` or `friendDelAccount`).
 *
 * @internal Part of `createTencentFakeServer`.
 */
export function createTencentFakeFriendRemarks(friends: Set<string>, seed: Record<string, string> = {}) {
  const remarks = new Map(Object.entries(seed))
  const snsOf = (userID: string) => [{ tag: TENCENT_REMARK_TAG, value: remarks.get(userID) ?? '' }]

  return {
    /** The answer to `friend_get`: every friend with its remark. */
    friendList() {
      const list = [...friends]
      return {
        friendCount: list.length,
        resultList: list.map((to) => ({ to, tagValueList: snsOf(to) })),
        nextStartIndex: list.length,
        standardSequence: 1,
        customSequence: 1,
        completeFlag: 1,
      }
    },
    /** The answer to `friend_get_specified`: friends' remarks, a failure code for anyone else. */
    specified(data: Record<string, unknown>) {
      const userIDs = (data.userIDList ?? []) as string[]
      return {
        resultList: userIDs.map((to) =>
          friends.has(to)
            ? { to, resultCode: 0, tagValueList: snsOf(to) }
            : { to, resultCode: NOT_A_FRIEND, resultInfo: 'not a friend' },
        ),
      }
    },
    /** Applies `friend_update` (a remark tag per item) and answers per item. */
    update(data: Record<string, unknown>) {
      const items = (data.updateItem ?? []) as Array<{
        to: string
        snsItem: Array<{ tag: string; value: string }>
      }>
      return {
        resultList: items.map(({ to, snsItem }) => {
          if (!friends.has(to)) return { to, resultCode: NOT_A_FRIEND, resultInfo: 'not a friend' }
          for (const { tag, value } of snsItem) if (tag === TENCENT_REMARK_TAG) remarks.set(to, value)
          return { to, resultCode: 0 }
        }),
      }
    },
    /** Stores a remark set on another device and returns the push the server sends. */
    remarkChanged(userID: string, remark: string): TencentWirePush {
      remarks.set(userID, remark)
      return friendPush({ pushType: 5, friendUpInfo: [{ friendAccount: userID, sns: snsOf(userID) }] })
    },
    /** Removes a friend (deleted on another device) and returns the push the server sends. */
    friendRemoved(userID: string): TencentWirePush {
      friends.delete(userID)
      remarks.delete(userID)
      return friendPush({ pushType: 2, friendDelAccount: [userID] })
    },
    remarkOf: (userID: string) => remarks.get(userID),
  }
}

function friendPush(change: Record<string, unknown>): TencentWirePush {
  return {
    head: { servcmd: 'openim.pushmsg' },
    body: { eventArray: [{ event: 4, friendListMod: [change] }] },
  }
}
