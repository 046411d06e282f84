import { NIM_SERVER_LIMITS } from './nimServerLimits'
import type V2NIM from 'nim-web-sdk-ng'
import { LOGIN_STATUS_LOGINED, NIM_NOT_LOGGED_IN } from '../nimConstants'
import type { V2NIMUser, V2NIMUserUpdateParams } from '../nimTypes'
import { createNimStatusServer, type NimStatusServer } from './createNimStatusServer'
import type { NimSdk } from './loadNimSdk'
import { createNimFakeFriends, type NimServerFriend } from './nimFakeFriends'

/**
 * A user to seed the fake server with. Unset fields stay absent, as the server sends them; the
 * server's `createTime` and `updateTime` default to its clock.
 */
export type NimServerUser = Partial<V2NIMUser> & { accountId: string }

/** One command the SDK sent through `nim.sendCmd`. */
export interface NimServerRequest {
  cmd: string
  params: Record<string, unknown>
}

/** A failure the fake server answers chosen requests with. */
export interface NimServerFailure {
  /** The command to fail, e.g. `'v2GetUserList'` or `'v2UpdateSelfUserProfile'`. */
  cmd: string
  /** The `V2NIMError` code, e.g. 191005 (timeout), 192001 (connect failed), 414 (rejected). */
  code: number
  /** Only requests this matches fail. Defaults to every request of `cmd`. */
  match?(request: NimServerRequest): boolean
  /** How many matching requests fail. Defaults to `1`; `Infinity` for all. */
  times?: number
  /** The server applies the request, then the answer is lost (a timeout after the write). */
  afterApplying?: boolean
}

/** Options of {@link createNimFakeServer}. */
export interface NimFakeServerOptions {
  users?: NimServerUser[]
  /** Friends of the logged-in user, with my aliases; synced to the SDK at login. */
  friends?: NimServerFriend[]
  /** Server clock in ms for `updateTime`. Defaults to `Date.now`. */
  now?: () => number
}

/** A fake NetEase server behind a real SDK instance, and the network events a test needs. */
export interface NimFakeServer {
  /** The real SDK instance whose `sendCmd` this server answers. */
  readonly nim: V2NIM
  /** Every command the SDK sent, in order (the login-time sync commands included). */
  readonly requests: readonly NimServerRequest[]
  /** The `accountIds` of every `v2GetUserList` the SDK sent. */
  userListRequests(): string[][]
  /** The server's copy of a user. */
  user(accountId: string): V2NIMUser | undefined
  /** Replaces the server's copy of a user, telling no client (as an admin edit on the server would). */
  replaceUser(user: NimServerUser): void
  /** Fails chosen requests; returns a function that removes the failure. */
  fail(failure: NimServerFailure): () => void
  /**
   * Logs `accountId` in the way the SDK's login does (status 2, then 1) and, unless `syncSelf` is
   * false, syncs my profile into the SDK's cache as the server does after login.
   */
  login(accountId: string, options?: { syncSelf?: boolean }): Promise<void>
  /**
   * One dropped connection with `failedAttempts` failed reconnects, statuses as the SDK reports them:
   * 3, then (2, 3) per failed attempt, then 2 and 1. Calls `during` while disconnected.
   */
  dropConnection(options?: { failedAttempts?: number; during?: () => void | Promise<void> }): Promise<void>
  /** Another client took the session over: the server's kick notification. */
  kickOffline(): Promise<void>
  /** `nim.V2NIMLoginService.logout()`. */
  logout(): Promise<void>
  /**
   * Another device changes `accountId` on the server. The server notifies the logged-in user's own
   * devices only (multi-device sync), unless `notify` is false (a push this device missed).
   */
  remoteUpdate(accountId: string, fields: Partial<V2NIMUser>, options?: { notify?: boolean }): Promise<void>
  /** My alias for a friend is set on another device: stored, and pushed to this one. */
  setAliasElsewhere(accountId: string, alias: string): Promise<void>
  /** A friend is deleted on another device: removed, and pushed to this one. */
  removeFriendElsewhere(accountId: string): Promise<void>
  /** The alias the server holds for a friend. */
  alias(accountId: string): string | undefined
  /** A message from `accountId` arrives, carrying the sender's profile `updateTime`. */
  receiveMessageFrom(accountId: string): Promise<void>
  /** User status: clients publish statuses (pushed to the subscriber); the subscriptions held. */
  readonly status: NimStatusServer
}

const MAX_IDS_PER_REQUEST = 150
const PARAMETER_ERROR = 414
const CONNECTION_BROKEN = 192003
const CONNECT_FAILED = 192001

/** What the fake server reaches inside the SDK: its wire entry and exit, and its login state. */
interface NimInternals {
  sendCmd(cmd: string, params?: Record<string, unknown>): Promise<{ content: object }>
  /** The socket's dispatch of one decoded incoming packet. */
  clientSocket: { packetHandler(packet: object): void }
  V2NIMLoginService: {
    account: string
    getLoginStatus(): number
    lifeCycle: { processEvent(event: string, error?: unknown, result?: object): void }
  }
}

/**
 * Puts a fake NetEase server behind a real `nim-web-sdk-ng` V2 instance: it replaces only
 * `nim.sendCmd` (where every request leaves the SDK) and feeds server notifications into the
 * socket's packet dispatch, so the SDK's caching, events, validation and login state machine run
 * for real. The server holds users, answers `v2GetUserList` (known users only, at most 150 IDs,
 * else 414) and `v2UpdateSelfUserProfile` (server limits, else 414), answers the SDK's login-time
 * sync commands with nothing, and fails the requests a test chooses. User status subscriptions
 * and pushes are its `status` part (`createNimStatusServer`).
 *
 * @example
 * ```ts
 * const server = createNimFakeServer(sdk, { users: [{ accountId: 'me', name: 'Ada' }] })
 * await server.login('me')
 * const adapter = createNimAdapter(server.nim)
 * ```
 */
export function createNimFakeServer(sdk: NimSdk, options: NimFakeServerOptions = {}): NimFakeServer {
  const nim = sdk.createInstance()
  const internals = nim as unknown as NimInternals
  const login = internals.V2NIMLoginService
  const now = options.now ?? Date.now
  const users = new Map(options.users?.map((user) => [user.accountId, withServerTimes(user, now())]))
  const requests: NimServerRequest[] = []
  const failures = new Set<NimServerFailure & { left: number }>()
  let lastStamp = 0
  let packets = 0

  const stamp = () => (lastStamp = Math.max(now(), lastStamp + 1))
  const friends = createNimFakeFriends(options.friends ?? [], sdk.nimError, stamp)
  const push = async (cmd: string, service: string, content: object) => {
    // The socket dispatches a packet without a pending request to the service's handler.
    internals.clientSocket.packetHandler({ cmd, service, raw: { ser: -1 - packets++ }, content })
    await settle()
  }
  const change = (accountId: string, fields: Partial<V2NIMUser>): V2NIMUser => {
    const updated = { ...users.get(accountId)!, ...structuredClone(fields), accountId, updateTime: stamp() }
    users.set(accountId, updated)
    return updated
  }

  const status = createNimStatusServer({
    knows: (accountId) => users.has(accountId),
    now,
    push,
    invalid: (reason) => sdk.nimError(PARAMETER_ERROR, reason),
  })

  function answer(request: NimServerRequest): { content: object } {
    if (status.answers(request.cmd)) return status.handle(request.cmd, request.params)
    if (request.cmd === 'v2GetUserList') {
      const accountIds = request.params.accountIds as string[]
      if (accountIds.length > MAX_IDS_PER_REQUEST) throw sdk.nimError(PARAMETER_ERROR, 'too many accountIds')
      const data = accountIds.flatMap((id) => (users.has(id) ? [structuredClone(users.get(id)!)] : []))
      return { content: { data } }
    }
    if (request.cmd === 'v2UpdateSelfUserProfile') {
      const { accountId, ...fields } = request.params.tag as V2NIMUserUpdateParams & { accountId: string }
      checkLimits(fields, sdk)
      return { content: { updateTime: change(accountId, fields).updateTime } }
    }
    if (request.cmd === 'v2SetFriendInfo') return { content: friends.setFriendInfo(request.params) }
    // Login-time sync (server time, conversations...): nothing to sync.
    return { content: {} }
  }

  internals.sendCmd = async (cmd, params = {}) => {
    // The SDK's socket refuses every command while not logged in, before anything is sent.
    if (login.getLoginStatus() !== LOGIN_STATUS_LOGINED) throw sdk.nimError(NIM_NOT_LOGGED_IN)
    const request = { cmd, params: structuredClone(params) }
    requests.push(request)
    await Promise.resolve() // answers arrive later than the call returns, as from a socket
    const failure = takeFailure(request)
    if (failure && !failure.afterApplying) throw sdk.nimError(failure.code, 'injected failure')
    const response = answer(request)
    if (failure) throw sdk.nimError(failure.code, 'injected failure after the server applied it')
    return response
  }

  function takeFailure(request: NimServerRequest) {
    for (const failure of failures) {
      if (failure.cmd !== request.cmd || (failure.match && !failure.match(request))) continue
      if (--failure.left <= 0) failures.delete(failure)
      return failure
    }
    return undefined
  }

  const processEvent = (event: string, error?: unknown, result?: object) =>
    login.lifeCycle.processEvent(event, error, result)

  return {
    nim,
    requests,
    userListRequests: () =>
      requests.filter((r) => r.cmd === 'v2GetUserList').map((r) => r.params.accountIds as string[]),
    user: (accountId) => structuredClone(users.get(accountId)),
    replaceUser: (user) => void users.set(user.accountId, withServerTimes(user, now())),
    fail(failure) {
      const entry = { ...failure, left: failure.times ?? 1 }
      failures.add(entry)
      return () => void failures.delete(entry)
    },
    async login(accountId, { syncSelf = true } = {}) {
      if (!users.has(accountId)) throw new Error(`createNimFakeServer: seed user ${accountId} first`)
      login.account = accountId // what V2NIMLoginService.login(accountId, token) stores
      processEvent('connect')
      processEvent('connectSucc')
      processEvent('loginSucc', undefined, { isReconnect: false })
      await settle()
      if (syncSelf) await push('v2SyncSelfUserInfo', 'V2NIMUserService', { user: users.get(accountId) })
      await push('v2SyncFriendList', 'V2NIMFriendService', friends.syncContent())
    },
    async dropConnection({ failedAttempts = 1, during } = {}) {
      processEvent('connectionBroken', sdk.nimError(CONNECTION_BROKEN))
      await settle()
      for (let attempt = 0; attempt < failedAttempts; attempt++) {
        processEvent('connect')
        await settle()
        processEvent('connectFail', sdk.nimError(CONNECT_FAILED))
        await settle()
      }
      await during?.()
      processEvent('connect')
      processEvent('connectSucc')
      await settle()
      processEvent('loginSucc', undefined, { isReconnect: true })
      await settle()
    },
    kickOffline: () =>
      push('v2BeKicked', 'V2NIMLoginService', { reason: 2, clientType: 16, customClientType: 0 }),
    logout: async () => {
      await nim.V2NIMLoginService.logout()
      await settle()
    },
    async remoteUpdate(accountId, fields, { notify = true } = {}) {
      if (!users.has(accountId)) throw new Error(`createNimFakeServer: no user ${accountId}`)
      const updated = change(accountId, fields)
      const mine = accountId === login.account && login.getLoginStatus() === LOGIN_STATUS_LOGINED
      if (notify && mine) {
        await push('onUpdateUserProfile', 'V2NIMUserService', {
          data: { ...structuredClone(fields), accountId, updateTime: updated.updateTime },
        })
      }
    },
    setAliasElsewhere: (accountId, alias) =>
      push('v2OnUpdateFriendInfo', 'V2NIMFriendService', friends.aliasChanged(accountId, alias)),
    removeFriendElsewhere: (accountId) =>
      push('v2OnDeleteFriend', 'V2NIMFriendService', friends.friendDeleted(accountId)),
    alias: (accountId) => friends.alias(accountId),
    async receiveMessageFrom(accountId) {
      const sender = users.get(accountId)
      if (!sender) throw new Error(`createNimFakeServer: no user ${accountId}`)
      await push('onMsg', 'V2NIMMessageService', {
        msg: {
          senderId: accountId,
          receiverId: login.account,
          conversationType: 1,
          messageType: 0,
          text: 'hello',
          messageClientId: `client-${packets}`,
          messageServerId: `server-${packets}`,
          createTime: now(),
          userUpdateTime: sender.updateTime,
        },
      })
    },
    status,
  }
}

function withServerTimes(user: NimServerUser, time: number): V2NIMUser {
  return { createTime: time, updateTime: time, ...structuredClone(user) } as V2NIMUser
}

function checkLimits(fields: V2NIMUserUpdateParams, sdk: NimSdk): void {
  for (const [key, value] of Object.entries(fields)) {
    const limit = NIM_SERVER_LIMITS[key as keyof V2NIMUserUpdateParams]
    if (limit !== undefined && String(value).length > limit)
      throw sdk.nimError(PARAMETER_ERROR, `${key} too long`)
    if (key === 'avatar' && new TextEncoder().encode(String(value)).length > 1024)
      throw sdk.nimError(PARAMETER_ERROR, 'avatar too long')
    if (key === 'gender' && ![0, 1, 2].includes(value as number))
      throw sdk.nimError(PARAMETER_ERROR, 'gender must be 0, 1 or 2')
  }
}

/** Lets the SDK's promise chains (handlers, follow-up reads, events) run to the end. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}
