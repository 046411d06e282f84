import {
  isRecord,
  isUserID,
  ProfileError,
  type RemarkChange,
  type RemarkSource,
} from '@profile-kit/core/vanilla'
import type { NIM } from '@yxim/nim-web-sdk'
import { callNimClassic } from '../callNimClassic'
import type { NimClassicEvents } from '../createNimClassicEvents'

/** What remarks use of a classic instance. */
export type NimClassicFriendInstance = Partial<Pick<NIM, 'getFriends' | 'updateFriend'>>

/** NetEase keeps friend aliases of up to 128 characters. */
const MAX_ALIAS_LENGTH = 128

/**
 * Friend aliases over the classic SDK, which keeps no friend list of its own without its database:
 * the list comes from `onfriends` at sync (through `events`), else from one `getFriends` call;
 * `updateFriend({ account, alias })` sets an alias (for a non-friend, `permission_denied` before any
 * I/O); `onsyncfriendaction` reports changes made on my
 * other devices (`updateFriend`, `deleteFriend`, `addFriend`, `passFriendApply`). Without `events`
 * aliases still load and save, but changes from other devices are not heard.
 *
 * @example
 * ```ts
 * const remarks = createNimClassicRemarks(nim, profileEvents)
 * ```
 */
export function createNimClassicRemarks(
  nim: NimClassicFriendInstance,
  events?: NimClassicEvents,
): RemarkSource | undefined {
  const { getFriends, updateFriend } = nim
  if (typeof getFriends !== 'function' || typeof updateFriend !== 'function') return undefined
  /** My aliases by friend, once the friend list is known. */
  let aliases: Map<string, string> | undefined
  const subscribers = new Set<(changes: RemarkChange[]) => void>()
  const report = (changes: RemarkChange[]) => {
    for (const change of changes) {
      if (change.remark === null) aliases?.delete(change.userID)
      else aliases?.set(change.userID, change.remark)
    }
    for (const onChange of [...subscribers]) onChange(changes)
  }
  events?.listen({
    onfriends: (friends: unknown) => {
      aliases = new Map(friendAliases(friends))
    },
    onsyncfriendaction: (action: unknown) => {
      const changes = actionChanges(action)
      if (changes.length > 0) report(changes)
    },
  })

  async function friendList(): Promise<Map<string, string>> {
    if (!aliases) {
      const friends = await callNimClassic('getFriends', (done) => getFriends!.call(nim, { done }))
      aliases ??= new Map(friendAliases(friends))
    }
    return aliases
  }

  return {
    maxLength: MAX_ALIAS_LENGTH,
    async getRemarks(userIDs) {
      const known = await friendList()
      return userIDs.flatMap((userID) => (known.has(userID) ? [{ userID, remark: known.get(userID)! }] : []))
    },
    async setRemark(userID, remark) {
      // The server answers a stranger with 404, which reads as "no such user": say what it means.
      if (!(await friendList()).has(userID)) {
        throw new ProfileError(
          'permission_denied',
          `"${userID}" is not your friend: only friends have aliases.`,
          {
            field: 'userID',
          },
        )
      }
      await callNimClassic<void>('updateFriend', (done) =>
        updateFriend.call(nim, { account: userID, alias: remark, done: (error) => done(error, undefined) }),
      )
      // The SDK reports my other devices' changes only: this device's own is reported here.
      report([{ userID, remark }])
    },
    subscribe(onChange) {
      subscribers.add(onChange)
      return () => void subscribers.delete(onChange)
    },
  }
}

function friendAliases(friends: unknown): Array<[string, string]> {
  if (!Array.isArray(friends)) return []
  return (friends as unknown[]).flatMap((friend) =>
    isRecord(friend) && isUserID(friend.account)
      ? [[friend.account, typeof friend.alias === 'string' ? friend.alias : ''] as [string, string]]
      : [],
  )
}

/** What an `onsyncfriendaction` event changes: a friend's alias, or a friend gone (`null`). */
function actionChanges(action: unknown): RemarkChange[] {
  if (!isRecord(action)) return []
  if (action.type === 'deleteFriend') {
    return isUserID(action.account) ? [{ userID: action.account, remark: null }] : []
  }
  return friendAliases([action.friend]).map(([userID, remark]) => ({ userID, remark }))
}
