/** What the double's friends part needs from the double: its login check and event emitter. */
interface DoubleContext {
  /** Throws the SDK's 2024 before login. */
  assertReady(): void
  emit(name: string, data: unknown): void
}

/** The relationship-module surface the double adds, and its control for another device. */
export interface TencentDoubleFriends {
  getFriendProfile(options: { userIDList: string[] }): Promise<unknown>
  updateFriend(options: { userID: string; remark?: string }): Promise<unknown>
  /** My remark for a friend is set on another device: `FRIEND_LIST_UPDATED` with the whole list. */
  setRemarkElsewhere(userID: string, remark: string): void
}

const NOT_MY_FRIEND = 2700
const FRIEND_LIST_UPDATED = 'onFriendListUpdated'

/**
 * Friend remarks as `@tencentcloud/chat`'s relationship module hands them out, for the double:
 * `getFriendProfile` answers friends and lists strangers as failures with 2700, `updateFriend`
 * refuses strangers with 2700, and every change emits `FRIEND_LIST_UPDATED` with the whole list.
 *
 * @internal Part of `createTencentChatDouble`.
 */
export function createTencentDoubleFriends(
  friends: ReadonlySet<string>,
  seed: Readonly<Record<string, string>>,
  context: DoubleContext,
): TencentDoubleFriends {
  const remarks = new Map([...friends].map((userID) => [userID, seed[userID] ?? '']))
  const friendList = () => [...remarks].map(([userID, remark]) => ({ userID, remark, groupList: [] }))
  const setRemark = (userID: string, remark: string) => {
    remarks.set(userID, remark)
    queueMicrotask(() => context.emit(FRIEND_LIST_UPDATED, friendList()))
  }

  return {
    async getFriendProfile({ userIDList }) {
      context.assertReady()
      const friendList = userIDList
        .filter((id) => remarks.has(id))
        .map((userID) => ({ userID, remark: remarks.get(userID), groupList: [] }))
      const failureUserIDList = userIDList
        .filter((id) => !remarks.has(id))
        .map((userID) => ({ userID, code: NOT_MY_FRIEND, message: '' }))
      return { code: 0, data: { friendList, failureUserIDList } }
    },
    async updateFriend({ userID, remark }) {
      context.assertReady()
      if (!remarks.has(userID))
        throw Object.assign(new Error(''), {
          code: NOT_MY_FRIEND,
          data: { code: NOT_MY_FRIEND, message: '' },
        })
      if (remark !== undefined) setRemark(userID, remark)
      return { code: 0, data: { userID } }
    },
    setRemarkElsewhere: setRemark,
  }
}
