import type { NimErrorFactory } from './loadNimSdk'

/** A friend of the logged-in user on the fake server, with my alias for them. */
export interface NimServerFriend {
  accountId: string
  alias?: string
}

const PARAMETER_ERROR = 414
const FRIEND_NOT_EXIST = 104404
/** The server's alias limit, in characters. */
const MAX_ALIAS_LENGTH = 128

/**
 * The friend half of the NetEase fake server: friends with aliases, the `v2SyncFriendList` push
 * the server sends at login, the answer to `v2SetFriendInfo` (non-friends: 104404; aliases over 128
 * characters: 414), and the pushes another device's change causes (`v2OnUpdateFriendInfo`,
 * `v2OnDeleteFriend`).
 *
 * @internal Part of `createNimFakeServer`.
 */
export function createNimFakeFriends(
  seed: readonly NimServerFriend[],
  nimError: NimErrorFactory,
  stamp: () => number,
) {
  const friends = new Map(seed.map((friend) => [friend.accountId, friendRecord(friend, stamp())]))

  return {
    /** The login-time sync push's content. */
    syncContent: () => ({
      friends: [...friends.values()].map((friend) => ({ ...friend })),
      timetag: stamp(),
    }),
    /** Applies a `v2SetFriendInfo` request, or throws the server's refusal. */
    setFriendInfo(params: Record<string, unknown>): object {
      const { accountId, alias } = params.tag as { accountId: string; alias?: string }
      const friend = friends.get(accountId)
      if (!friend) throw nimError(FRIEND_NOT_EXIST, 'friend not exist')
      if (alias !== undefined && alias.length > MAX_ALIAS_LENGTH)
        throw nimError(PARAMETER_ERROR, 'alias too long')
      if (alias !== undefined) Object.assign(friend, { alias, updateTime: stamp() })
      return {}
    },
    /** Stores an alias set on another device; returns the push content. */
    aliasChanged(accountId: string, alias: string) {
      const friend = friends.get(accountId)
      if (!friend) throw new Error(`createNimFakeServer: ${accountId} is no friend`)
      Object.assign(friend, { alias, updateTime: stamp() })
      return { data: { accountId, alias, updateTime: friend.updateTime } }
    },
    /** Removes a friend deleted on another device; returns the push content. */
    friendDeleted(accountId: string) {
      friends.delete(accountId)
      return { accountId }
    },
    alias: (accountId: string) => friends.get(accountId)?.alias,
  }
}

function friendRecord(friend: NimServerFriend, time: number) {
  return {
    accountId: friend.accountId,
    alias: friend.alias ?? '',
    serverExtension: '',
    customerExtension: '',
    source: 0,
    createTime: time,
    updateTime: time,
  }
}
