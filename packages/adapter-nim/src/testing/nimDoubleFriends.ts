/** The `V2NIMFriendService` surface the double offers, and its control for another device. */
export interface NimDoubleFriendService {
  getFriendByIds(accountIds: string[]): Promise<Array<{ accountId: string; alias: string }>>
  setFriendInfo(accountId: string, params: { alias?: string }): Promise<void>
  on(name: string, listener: (...args: never[]) => void): void
  off(name: string, listener: (...args: never[]) => void): void
}

const FRIEND_NOT_EXIST = 104404

/**
 * Friend aliases as `nim-web-sdk-ng`'s V2 friend service hands them out, for the double:
 * `getFriendByIds` answers friends only, `setFriendInfo` refuses strangers with 104404, and every
 * change (here or "elsewhere") emits `onFriendInfoChanged` with the friend.
 *
 * @internal Part of `createNimDouble`.
 */
export function createNimDoubleFriends(
  seed: ReadonlyArray<{ accountId: string; alias?: string }>,
  assertLoggedIn: () => void,
  nimError: (code: number, desc: string) => Error,
) {
  const aliases = new Map(seed.map((friend) => [friend.accountId, friend.alias ?? '']))
  const listeners = new Set<(friend: { accountId: string; alias: string }) => void>()
  const setAlias = (accountId: string, alias: string) => {
    aliases.set(accountId, alias)
    for (const listener of [...listeners]) listener({ accountId, alias })
  }
  const service: NimDoubleFriendService = {
    async getFriendByIds(accountIds) {
      assertLoggedIn()
      return accountIds.flatMap((accountId) =>
        aliases.has(accountId) ? [{ accountId, alias: aliases.get(accountId)! }] : [],
      )
    },
    async setFriendInfo(accountId, { alias }) {
      assertLoggedIn()
      if (!aliases.has(accountId)) throw nimError(FRIEND_NOT_EXIST, 'friend not exist')
      if (alias !== undefined) setAlias(accountId, alias)
    },
    // Only onFriendInfoChanged happens in the double; other friend events have no listeners to call.
    on: (name, listener) => void (name === 'onFriendInfoChanged' && listeners.add(listener as never)),
    off: (name, listener) => void (name === 'onFriendInfoChanged' && listeners.delete(listener as never)),
  }
  return { service, setAliasElsewhere: setAlias }
}
