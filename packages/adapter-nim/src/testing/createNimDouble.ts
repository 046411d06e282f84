import { NIM_SERVER_LIMITS } from './nimServerLimits'
import {
  LOGIN_STATUS_LOGINED,
  LOGIN_STATUS_LOGINING,
  LOGIN_STATUS_LOGOUT,
  NIM_NOT_LOGGED_IN,
} from '../nimConstants'
import { createNimStorageDouble } from './createNimStorageDouble'
import type {
  NimInstance,
  V2NIMLoginListener,
  V2NIMUser,
  V2NIMUserListener,
  V2NIMUserUpdateParams,
} from '../nimTypes'
import type { NimSubscriptionService } from '../presence/createNimPresence'
import { createNimSubscriptionDouble, type NimSubscriptionDouble } from './createNimSubscriptionDouble'

import { createNimDoubleFriends, type NimDoubleFriendService } from './nimDoubleFriends'

/** A user to seed the double's server with. */
export type NimUserSeed = Partial<V2NIMUser> & { accountId: string }

/** Options of {@link createNimDouble}. */
export interface NimDoubleOptions {
  users?: NimUserSeed[]
  /** My friends, with my aliases for them. */
  friends?: Array<{ accountId: string; alias?: string }>
  /** Server clock in ms for `updateTime`. Defaults to `Date.now`. */
  now?: () => number
  /**
   * Photo uploads resolve `blob:` URLs of this page instead of NOS-like https URLs, so a demo
   * without network shows them (declare `avatarObjectUrls` in the schema the kit sees).
   */
  keepPhotosInPage?: boolean
}

type UserMethod = 'getUserList' | 'getUserListFromCloud' | 'updateSelfUserProfile' | 'uploadFile'

/** One request the double sent to its "server". */
export interface NimDoubleRequest {
  method: UserMethod
  accountIds: string[]
}

/** The V2 SDK surface plus the controls a test needs; user status subscriptions (presence) included. */
export interface NimDouble extends NimInstance, Pick<NimSubscriptionDouble, 'publishUserStatus'> {
  /** User status subscriptions; `publishUserStatus` makes users go on- and offline. */
  V2NIMSubscriptionService: NimSubscriptionService
  /** Friends and aliases (`getFriendByIds`, `setFriendInfo`, `onFriendInfoChanged`). */
  V2NIMFriendService: NimDoubleFriendService
  /** My alias for a friend is set on another device: `onFriendInfoChanged`. */
  setAliasElsewhere(accountId: string, alias: string): void
  /** Logs in: `onLoginStatus` LOGINING, then LOGINED. */
  login(accountId: string): void
  /** Logs out: `onLoginStatus` LOGOUT; calls reject with 190002 again. */
  logout(): void
  /** Another client took over: `onKickedOffline`, then `onLoginStatus` LOGOUT. */
  kickOffline(): void
  /** A change made elsewhere. Only the logged-in user's own changes are pushed (multi-device). */
  remoteUpdate(accountId: string, fields: Partial<V2NIMUser>): void
  /** A message from `accountId` arrived: the SDK refreshes and emits the sender if changed or uncached. */
  receiveMessageFrom(accountId: string): void
  /** The next call of `method` rejects with this code. */
  failNext(method: UserMethod, code: number): void
  /** Server requests so far (cache hits send none). */
  readonly requests: readonly NimDoubleRequest[]
  /** Every `updateSelfUserProfile` params object as the SDK received it. */
  readonly updates: readonly V2NIMUserUpdateParams[]
  listenerCount(eventName: string): number
}

/**
 * An object with the `nim-web-sdk-ng` V2 user and login surface and its documented quirks, for
 * tests: calls before login reject with a `V2NIMError` of code 190002; `getUserList` answers from
 * its cache and fetches all misses in ONE request (no chunking: more than 150 IDs are refused with
 * 414), keeps input order, omits unknown users and does not dedupe; `getUserListFromCloud` always
 * asks the server and echoes the answer as `onUserProfileChanged`; `updateSelfUserProfile`
 * resolves `undefined`; genders are numbers; events carry arrays of the SDK's cached objects; a
 * message from a changed or uncached sender emits that sender.
 *
 * @example
 * ```ts
 * const nim = createNimDouble({ users: [{ accountId: 'me', name: 'Ada' }] })
 * nim.login('me')
 * const adapter = createNimAdapter(nim)
 * ```
 */
export function createNimDouble(options: NimDoubleOptions = {}): NimDouble {
  const now = options.now ?? Date.now
  const server = new Map(options.users?.map((seed) => [seed.accountId, withDefaults(seed)]))
  // The SDK's cache: its objects are what it hands out, so a careless adapter would alias them.
  const cache = new Map<string, V2NIMUser>()
  const userEvents = createEmitter<V2NIMUserListener>()
  const loginEvents = createEmitter<V2NIMLoginListener>()
  const failures = new Map<UserMethod, number>()
  const requests: NimDoubleRequest[] = []
  const updates: V2NIMUserUpdateParams[] = []
  let loginUser = ''
  let lastStamp = 0

  const stamp = () => (lastStamp = Math.max(now(), lastStamp + 1))
  const fetch = (method: UserMethod, accountIds: string[]): V2NIMUser[] => {
    requests.push({ method, accountIds })
    return accountIds.filter((id) => server.has(id)).map(refresh)
  }
  const refresh = (accountId: string): V2NIMUser => {
    const user = structuredClone(server.get(accountId)!)
    cache.set(accountId, user)
    return user
  }
  const begin = (method: UserMethod, accountIds?: unknown) => {
    if (!loginUser) throw nimError(NIM_NOT_LOGGED_IN, 'not logged in')
    const code = failures.get(method)
    failures.delete(method)
    if (code !== undefined) throw nimError(code, 'injected failure')
    if (accountIds !== undefined && (!Array.isArray(accountIds) || accountIds.length === 0)) {
      throw nimError(191004, 'accountIds must be a non-empty array')
    }
  }

  const subscriptions = createNimSubscriptionDouble({
    knows: (accountId) => server.has(accountId),
    loginUser: () => loginUser,
    now,
    nimError,
  })

  const friends = createNimDoubleFriends(
    options.friends ?? [],
    () => {
      if (!loginUser) throw nimError(NIM_NOT_LOGGED_IN, 'not logged in')
    },
    nimError,
  )

  return {
    V2NIMFriendService: friends.service,
    setAliasElsewhere: friends.setAliasElsewhere,
    V2NIMSubscriptionService: subscriptions.service,
    publishUserStatus: subscriptions.publishUserStatus,
    V2NIMStorageService: createNimStorageDouble({
      assertLoggedIn: () => begin('uploadFile'),
      nimError,
      keepPhotosInPage: options.keepPhotosInPage,
    }),
    V2NIMUserService: {
      async getUserList(accountIds) {
        begin('getUserList', accountIds)
        if (accountIds.length > 150) throw nimError(414, 'too many accountIds')
        const misses = [...new Set(accountIds.filter((id) => !cache.has(id)))]
        if (misses.length > 0) fetch('getUserList', misses)
        return accountIds.flatMap((id) => cache.get(id) ?? [])
      },
      async getUserListFromCloud(accountIds) {
        begin('getUserListFromCloud', accountIds)
        if (accountIds.length > 150) throw nimError(414, 'too many accountIds')
        const fetched = new Map(
          fetch('getUserListFromCloud', [...new Set(accountIds)]).map((u) => [u.accountId, u]),
        )
        if (fetched.size > 0) userEvents.emit('onUserProfileChanged', [...fetched.values()])
        return accountIds.flatMap((id) => fetched.get(id) ?? [])
      },
      async updateSelfUserProfile(params) {
        updates.push(params)
        begin('updateSelfUserProfile')
        checkParams(params)
        requests.push({ method: 'updateSelfUserProfile', accountIds: [loginUser] })
        server.set(loginUser, { ...server.get(loginUser)!, ...structuredClone(params), updateTime: stamp() })
        userEvents.emit('onUserProfileChanged', [refresh(loginUser)])
      },
      on: userEvents.on,
      off: userEvents.off,
    },
    V2NIMLoginService: {
      getLoginUser: () => loginUser,
      on: loginEvents.on,
      off: loginEvents.off,
    },
    requests,
    updates,
    failNext: (method, code) => void failures.set(method, code),
    listenerCount: (eventName) => userEvents.count(eventName) + loginEvents.count(eventName),
    login(accountId) {
      if (!server.has(accountId)) throw new Error(`createNimDouble: seed user ${accountId} first`)
      loginEvents.emit('onLoginStatus', LOGIN_STATUS_LOGINING)
      loginUser = accountId
      loginEvents.emit('onLoginStatus', LOGIN_STATUS_LOGINED)
    },
    logout() {
      loginUser = ''
      cache.clear()
      loginEvents.emit('onLoginStatus', LOGIN_STATUS_LOGOUT)
    },
    kickOffline() {
      loginEvents.emit('onKickedOffline', { reason: 2, reasonDesc: '', clientType: 16, customClientType: 0 })
      this.logout()
    },
    remoteUpdate(accountId, fields) {
      const stored = server.get(accountId)
      if (!stored) throw new Error(`createNimDouble: no user ${accountId}`)
      server.set(accountId, { ...stored, ...structuredClone(fields), accountId, updateTime: stamp() })
      if (loginUser && accountId === loginUser) userEvents.emit('onUserProfileChanged', [refresh(accountId)])
    },
    receiveMessageFrom(accountId) {
      const cached = cache.get(accountId)
      const stored = server.get(accountId)
      if (!loginUser || !stored || cached?.updateTime === stored.updateTime) return
      userEvents.emit('onUserProfileChanged', [refresh(accountId)])
    },
  }
}

function withDefaults(seed: NimUserSeed): V2NIMUser {
  return { name: '', createTime: 1, updateTime: 1, ...structuredClone(seed) }
}

function checkParams(params: V2NIMUserUpdateParams): void {
  const entries = Object.entries(params).filter(([, value]) => value !== undefined)
  if (entries.length === 0) throw nimError(191004, 'updateParams must not be empty')
  for (const [key, value] of entries) {
    const limit = NIM_SERVER_LIMITS[key as keyof V2NIMUserUpdateParams]
    if (key === 'gender' && ![0, 1, 2].includes(value as number))
      throw nimError(191004, 'gender must be 0, 1 or 2')
    if (key === 'avatar' && new TextEncoder().encode(String(value)).length > 1024)
      throw nimError(414, 'avatar')
    if (limit !== undefined && String(value).length > limit) throw nimError(414, `${key} too long`)
  }
}

function nimError(code: number, desc: string): Error & { code: number; desc: string; detail: object } {
  return Object.assign(new Error(desc), { name: 'V2NIMError', code, desc, detail: {} })
}

type Listener = (...args: never[]) => void

function createEmitter<I extends object>() {
  const listeners = new Map<keyof I, Listener[]>()
  return {
    on(name: keyof I, fn: Listener) {
      listeners.set(name, [...(listeners.get(name) ?? []), fn])
    },
    off(name: keyof I, fn: Listener) {
      listeners.set(
        name,
        (listeners.get(name) ?? []).filter((l) => l !== fn),
      )
    },
    emit<K extends keyof I>(name: K, ...args: I[K] extends unknown[] ? I[K] : never) {
      for (const fn of [...(listeners.get(name) ?? [])]) (fn as (...a: unknown[]) => void)(...args)
    },
    count: (name: string) => listeners.get(name as keyof I)?.length ?? 0,
  }
}
