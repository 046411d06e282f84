import { createNimClassicPreviewFileDouble } from './createNimClassicPreviewFileDouble'
import type { NIMUserNameCard, NimClassicCallbacks, NimClassicInstance } from '../nimClassicTypes'
import { createNimClassicEventDouble, type NimClassicEventDouble } from './createNimClassicEventDouble'

/** A card to seed the double's server with. */
export type NimClassicUserSeed = Partial<NIMUserNameCard> & { account: string }

/** Options of {@link createNimClassicDouble}: like `NIM.getInstance`'s, without the network. */
export interface NimClassicDoubleOptions extends Partial<NimClassicCallbacks> {
  /** The account this instance logs in as. */
  account: string
  /** Cards on the server. */
  users?: NimClassicUserSeed[]
  /** Accounts whose cards `onusers` delivers at sync (friends). */
  friends?: string[]
  /** Server clock in ms for `updateTime`. Defaults to `Date.now`. */
  now?: () => number
  /** Photo uploads (`previewFile`) resolve `blob:` URLs of this page instead of NOS-like https URLs. */
  keepPhotosInPage?: boolean
}

type Method = 'getUser' | 'getUsers' | 'updateMyInfo'
/** What the SDK passes `done` as its first argument. */
type DoneError = Parameters<NonNullable<Parameters<NimClassicInstance['getUsers']>[0]['done']>>[0]

/** The classic SDK surface the adapter uses, plus the controls a test or demo needs; online-state events included. */
export interface NimClassicDouble extends NimClassicInstance, NimClassicEventDouble {
  /** What `NIM.getInstance` keeps on the instance. */
  readonly account: string
  /** Connects and syncs: `onconnect`, `onmyinfo`, `onusers` (friends), then `onsyncdone`. */
  connect(): void
  /** The link drops: `onwillreconnect` per failed retry, then the connect and sync above again. */
  reconnect(failedRetries?: number): void
  /** Kicked off by another login: `ondisconnect({ code: 'kicked' })`; calls fail until `connect`. */
  kick(): void
  /** A change made elsewhere. My own is pushed (`onupdatemyinfo`); others' wait for a message. */
  remoteUpdate(account: string, fields: Partial<NIMUserNameCard>): void
  /** A message from `account` arrived: `onupdateuser` with its card when that card changed. */
  receiveMessageFrom(account: string): void
  /** The next call of `method` answers `done` with an error of this code. */
  failNext(method: Method, code: number | string): void
}

/**
 * A double of the classic `@yxim/nim-web-sdk` instance for places its real code cannot run (a
 * browser demo without NetEase's servers), written from the SDK's declarations and from what its
 * real code does on a fake socket (see `startNimClassicOnFakeWire`, which the adapter's own tests
 * use): callbacks are fixed at creation; calls before `connect` answer `done` with
 * `{ code: 'Error_Connection_Socket_State_not_Match' }`; `getUsers` throws a plain
 * `{ callFunc, message }` for a non-array or more than 150 accounts, and omits unknown accounts;
 * cards leave out unset fields; `onupdateuser` fires only on a message from a changed user.
 * Answers arrive asynchronously, as from a socket.
 *
 * @example
 * ```ts
 * const nim = createNimClassicDouble({ account: 'me', users: [{ account: 'me', nick: 'Ada' }], ...events.callbacks })
 * nim.connect()
 * ```
 */
export function createNimClassicDouble(options: NimClassicDoubleOptions): NimClassicDouble {
  const now = options.now ?? Date.now
  const me = options.account
  const server = new Map(options.users?.map((seed) => [seed.account, stamped(seed, 0)]))
  // What this client last saw of each user, as the SDK's userSet does.
  const seen = new Map<string, number>()
  const failures = new Map<Method, number | string>()
  let connected = false
  let lastStamp = 0

  function stamped(seed: NimClassicUserSeed, at: number): NIMUserNameCard {
    const card = { createTime: at, updateTime: at, ...seed }
    for (const key of Object.keys(card) as Array<keyof NIMUserNameCard>)
      if (card[key] === undefined) delete card[key]
    return card
  }
  const stamp = () => (lastStamp = Math.max(now(), lastStamp + 1))
  const copy = (account: string): NIMUserNameCard => {
    const card = structuredClone(server.get(account)!)
    seen.set(account, card.updateTime)
    return card
  }
  const later = (run: () => void) => void setTimeout(run, 0)
  function answer<T>(
    method: Method,
    done: ((error: DoneError, data: T) => void) | undefined,
    result: () => T,
  ) {
    later(() => {
      const code = connected ? failures.get(method) : 'Error_Connection_Socket_State_not_Match'
      failures.delete(method)
      if (code !== undefined) done?.({ code, message: `${method} failed`, event: {} }, undefined as T)
      else done?.(null, result())
    })
  }
  function sync() {
    connected = true
    options.onconnect?.({ lastLoginDeviceId: '', connectionId: `c${stamp()}`, ip: '127.0.0.1', port: '0' })
    later(() => {
      if (server.has(me)) options.onmyinfo?.(copy(me))
      const friends = (options.friends ?? []).filter((a) => server.has(a)).map(copy)
      if (friends.length > 0) options.onusers?.(friends)
      options.onsyncdone?.()
    })
  }

  const events = createNimClassicEventDouble({
    knows: (account) => server.has(account),
    connected: () => connected,
    now,
    onpushevents: options.onpushevents,
  })

  return {
    ...events,
    account: me,
    previewFile: createNimClassicPreviewFileDouble({
      isConnected: () => connected,
      keepPhotosInPage: options.keepPhotosInPage,
    }),
    getUser({ account, done }) {
      answer('getUser', done as ((error: DoneError, data: NIMUserNameCard | null) => void) | undefined, () =>
        server.has(account) ? copy(account) : null,
      )
    },
    getUsers({ accounts, done }) {
      if (!Array.isArray(accounts)) throw parameterError('getUsers', '参数"accounts"类型错误')
      if (accounts.length > 150) throw parameterError('getUsers', '参数"accounts"最多150个')
      answer('getUsers', done, () => [...new Set(accounts)].filter((a) => server.has(a)).map(copy))
    },
    updateMyInfo({ done, ...fields }) {
      answer('updateMyInfo', done, () => {
        server.set(me, {
          ...(server.get(me) ?? stamped({ account: me }, stamp())),
          ...fields,
          updateTime: stamp(),
        })
        return copy(me)
      })
    },
    connect: sync,
    reconnect(failedRetries = 0) {
      connected = false
      for (let retry = 1; retry <= failedRetries + 1; retry++)
        options.onwillreconnect?.({ retryCount: retry, duration: 1000 })
      later(sync)
    },
    kick() {
      connected = false
      options.ondisconnect?.({ code: 'kicked', reason: 'samePlatformKick', message: 'kicked' } as never)
    },
    remoteUpdate(account, fields) {
      const stored = server.get(account)
      if (!stored) throw new Error(`createNimClassicDouble: no user ${account}`)
      server.set(account, { ...stored, ...structuredClone(fields), account, updateTime: stamp() })
      if (connected && account === me) later(() => options.onupdatemyinfo?.(copy(me)))
    },
    receiveMessageFrom(account) {
      const stored = server.get(account)
      if (!connected || !stored || seen.get(account) === stored.updateTime) return
      later(() => options.onupdateuser?.(copy(account)))
    },
    failNext: (method, code) => void failures.set(method, code),
  }
}

/** What the SDK's parameter checks throw: a plain object, no `code`. */
function parameterError(method: string, message: string) {
  const time = new Date()
  return { callFunc: `user::${method}`, message, time, timetag: time.getTime() }
}
