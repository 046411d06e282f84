import { CUSTOM_FIELD_PREFIX } from '../tencentConstants'
import type { TencentProfile } from '../tencentTypes'
import {
  createTencentStatusServer,
  type TencentStatusAvailability,
  type TencentStatusServer,
} from './createTencentStatusServer'
import { createTencentFakeFriendRemarks } from './tencentFakeFriendRemarks'

/** A profile to seed the fake server with, in the SDK's field names; unset fields stay unset. */
export type TencentServerSeed = Partial<Omit<TencentProfile, 'lastUpdatedTime'>> & { userID: string }

/** One profile tag as it travels on the wire, e.g. `{ tag: 'Tag_Profile_IM_Nick', value: 'Ada' }`. */
export interface TencentTag {
  tag: string
  value: string | number
}

/** What the SDK's session module hands to its `req` function (already decoded, before the socket). */
export interface TencentWireRequest {
  P: string
  data?: Record<string, unknown>
}

/** A push as the session module's `onMessage` receives it from the socket, decoded. */
export interface TencentWirePush {
  head: { servcmd: string }
  body: { eventArray: Array<Record<string, unknown>> }
}

/** One profile request the server answered or failed, for counting calls in tests. */
export interface TencentServerRequest {
  P: 'portrait_get_all' | 'portrait_set' | 'friend_get_specified' | 'friend_update'
  userIDs: string[]
}

/** Options of {@link createTencentFakeServer}. */
export interface TencentFakeServerOptions {
  users: TencentServerSeed[]
  /** Friends of every logged-in user: the server pushes their changes. */
  friends?: string[]
  /** My remarks for some of those friends, by user ID. */
  remarks?: Record<string, string>
  /** Custom field keys configured in the console, without prefix; a save of another is refused (40009). */
  customFieldKeys?: string[]
  /** Whether user status (presence) works: paid edition and console switch. Defaults to `'enabled'`. */
  statusAvailability?: TencentStatusAvailability
}

/** The fake backend behind the stubbed wire of the real SDK. */
export interface TencentFakeServer {
  /** Answers one request the SDK sent; requests the profile tests do not need never settle. */
  handle(request: TencentWireRequest): Promise<unknown>
  /** Where pushes go; set by the harness once the SDK runs. */
  connect(deliver: (push: TencentWirePush) => void): void
  /**
   * Every `portrait_get_all` request carrying one of these IDs rejects with `code` until healed,
   * or, with `'no-answer'`, never gets an answer (a lost packet).
   */
  failUsers(userIDs: string[], failure: number | 'no-answer'): void
  /** Lets requests for these IDs succeed again. */
  heal(userIDs: string[]): void
  /**
   * The next `portrait_set` rejects with `code` (the server applies nothing). Without it, a save of
   * an unconfigured custom field is refused with 40009 and one over a byte limit with 40601.
   */
  rejectNextUpdate(code: number): void
  /**
   * A change made on another device: stored, then pushed with only the changed tags, as Tencent
   * pushes them, when `userID` is the logged-in user or a friend.
   */
  changeElsewhere(userID: string, tags: TencentTag[]): void
  /** `userID` becomes a friend of the logged-in user: stored, then pushed as a friend-list change. */
  addFriend(userID: string): void
  /** My remark for a friend is set on another device: stored, then pushed as a friend update. */
  setRemarkElsewhere(userID: string, remark: string): void
  /** A friend is deleted on another device: removed, then pushed as a friend-list change. */
  removeFriendElsewhere(userID: string): void
  /** The remark stored for a friend (`undefined` for one without). */
  storedRemark(userID: string): string | undefined
  /** The logged-in account logs in elsewhere: the server pushes a kick-out (multiple account). */
  kickOut(): void
  /** The tags stored for a user, e.g. to check what a save wrote. */
  stored(userID: string): Record<string, string | number> | undefined
  readonly requests: readonly TencentServerRequest[]
  /** User status: set who is online (pushed to the subscriber), see whom the client subscribed to. */
  readonly status: TencentStatusServer
}

/** The SDK's field name -> wire tag table (`Tag_Profile_IM_*`), as in the 3.6.6 bundle. */
export const TENCENT_PROFILE_TAGS: Readonly<Record<string, string>> = {
  nick: 'Tag_Profile_IM_Nick',
  gender: 'Tag_Profile_IM_Gender',
  birthday: 'Tag_Profile_IM_BirthDay',
  location: 'Tag_Profile_IM_Location',
  selfSignature: 'Tag_Profile_IM_SelfSignature',
  allowType: 'Tag_Profile_IM_AllowType',
  language: 'Tag_Profile_IM_Language',
  avatar: 'Tag_Profile_IM_Image',
  messageSettings: 'Tag_Profile_IM_MsgSettings',
  adminForbidType: 'Tag_Profile_IM_AdminForbidType',
  level: 'Tag_Profile_IM_Level',
  role: 'Tag_Profile_IM_Role',
}

/** The servcmd of the server's message push; profile changes ride in its `eventArray`. */
const PUSH_SERVCMD = 'openim.pushmsg'

/**
 * A Tencent Cloud Chat backend small enough for tests: it holds profiles as tags, answers the
 * login, friend-list, profile read and profile write requests of the real `@tencentcloud/chat`
 * (at the layer of its session module's `req`), can fail chosen users' requests or reject a save with
 * a vendor code, and pushes profile changes the way the server does (only the changed tags). User
 * status requests and pushes are answered by its `status` part (`createTencentStatusServer`).
 *
 * @example
 * ```ts
 * const server = createTencentFakeServer({ users: [{ userID: 'me', nick: 'Me' }], friends: ['ada'] })
 * server.failUsers(['grace'], 2801) // grace's requests time out
 * ```
 */
export function createTencentFakeServer(options: TencentFakeServerOptions): TencentFakeServer {
  const store = new Map(options.users.map((seed) => [seed.userID, toTags(seed)]))
  const friends = new Set(options.friends ?? [])
  const friendRemarks = createTencentFakeFriendRemarks(friends, options.remarks)
  const failing = new Map<string, number | 'no-answer'>()
  const requests: TencentServerRequest[] = []
  let updateRejection: number | undefined
  let loginUser = ''
  let deliver: ((push: TencentWirePush) => void) | undefined
  const status = createTencentStatusServer({
    availability: options.statusAvailability ?? 'enabled',
    knows: (userID) => store.has(userID),
    push: (eventItem) => deliver?.({ head: { servcmd: PUSH_SERVCMD }, body: { eventArray: [eventItem] } }),
  })
  const isConfigured = (tag: string) =>
    !tag.startsWith(CUSTOM_FIELD_PREFIX) ||
    !options.customFieldKeys ||
    options.customFieldKeys.includes(tag.slice(CUSTOM_FIELD_PREFIX.length))

  const profileAnswer = (data: Record<string, unknown>) => {
    const userIDs = ((data.userItem ?? []) as Array<{ toAccount: string }>).map((item) => item.toAccount)
    requests.push({ P: 'portrait_get_all', userIDs })
    const failure = userIDs.map((id) => failing.get(id)).find((code) => code !== undefined)
    if (failure === 'no-answer') return new Promise<never>(() => {})
    if (failure !== undefined) return Promise.reject(wireError(failure))
    const known = userIDs.filter((id) => store.has(id))
    const userProfileItem = known.map((to) => ({ to, profileItem: tagList(store.get(to)!) }))
    return Promise.resolve({ data: { userProfileItem } })
  }

  const saveAnswer = (data: Record<string, unknown>) => {
    requests.push({ P: 'portrait_set', userIDs: [loginUser] })
    const code = updateRejection
    updateRejection = undefined
    if (code !== undefined) return Promise.reject(wireError(code))
    const tags = data.profileItem as TencentTag[]
    if (tags.some((item) => !isConfigured(item.tag))) return Promise.reject(wireError(40009))
    if (tags.some(isOverLimit)) return Promise.reject(wireError(40601))
    applyTags(store.get(loginUser)!, tags)
    return Promise.resolve({ data: {} })
  }

  return {
    handle({ P, data = {} }) {
      if (status.answers(P)) return status.handle(P, data)
      switch (P) {
        case 'wslogin':
          return Promise.resolve({ data: { ...loginAnswer(), purchaseBits: status.purchaseBits } })
        case 'wslogout':
          return Promise.resolve({ data: {} })
        case 'friend_get':
          loginUser = String(data.fromAccount)
          return Promise.resolve({ data: friendRemarks.friendList() })
        case 'friend_get_specified':
          requests.push({ P, userIDs: (data.userIDList ?? []) as string[] })
          return Promise.resolve({ data: friendRemarks.specified(data) })
        case 'friend_update':
          requests.push({
            P,
            userIDs: ((data.updateItem ?? []) as Array<{ to: string }>).map((item) => item.to),
          })
          return Promise.resolve({ data: friendRemarks.update(data) })
        case 'portrait_get_all':
          loginUser ||= String(data.fromAccount ?? '')
          return profileAnswer(data)
        case 'portrait_set':
          loginUser = String(data.fromAccount)
          return saveAnswer(data)
        default:
          // Conversations, groups, messages...: not part of a profile test. Left pending, they
          // neither fail the SDK's login nor start its retry timers.
          return new Promise(() => {})
      }
    },
    connect: (push) => void (deliver = push),
    failUsers: (userIDs, failure) => userIDs.forEach((id) => failing.set(id, failure)),
    heal: (userIDs) => userIDs.forEach((id) => failing.delete(id)),
    rejectNextUpdate: (code) => void (updateRejection = code),
    changeElsewhere(userID, tags) {
      const stored = store.get(userID)
      if (!stored) throw new Error(`createTencentFakeServer: no user ${userID}`)
      applyTags(stored, tags)
      if (!deliver || (userID !== loginUser && !friends.has(userID))) return
      deliver({
        head: { servcmd: PUSH_SERVCMD },
        body: { eventArray: [{ event: 3, profileModify: [{ userID, profileList: tags }] }] },
      })
    },
    addFriend(userID) {
      friends.add(userID)
      deliver?.({
        head: { servcmd: PUSH_SERVCMD },
        body: { eventArray: [{ event: 4, friendListMod: [{ pushType: 1, friendAddAccount: [userID] }] }] },
      })
    },
    setRemarkElsewhere: (userID, remark) => deliver?.(friendRemarks.remarkChanged(userID, remark)),
    removeFriendElsewhere: (userID) => deliver?.(friendRemarks.friendRemoved(userID)),
    storedRemark: (userID) => friendRemarks.remarkOf(userID),
    kickOut() {
      deliver?.({
        head: { servcmd: PUSH_SERVCMD },
        body: {
          eventArray: [
            { event: 9, C2CNotifyMessageArray: [{ kickoutMsgNotify: { kickType: 1, newInstanceInfo: {} } }] },
          ],
        },
      })
    },
    stored: (userID) => (store.has(userID) ? Object.fromEntries(store.get(userID)!) : undefined),
    requests,
    status,
  }
}

/** Tencent's server-side byte limits (UTF-8) per tag; custom values take 500 too. */
const BYTE_LIMITS: Readonly<Record<string, number>> = {
  Tag_Profile_IM_Nick: 500,
  Tag_Profile_IM_SelfSignature: 500,
  Tag_Profile_IM_Image: 500,
  Tag_Profile_IM_Location: 16,
}

function isOverLimit({ tag, value }: TencentTag): boolean {
  const limit = BYTE_LIMITS[tag] ?? (tag.startsWith(CUSTOM_FIELD_PREFIX) ? 500 : undefined)
  return limit !== undefined && new TextEncoder().encode(String(value)).length > limit
}

function toTags(seed: TencentServerSeed): Map<string, string | number> {
  const tags = new Map<string, string | number>()
  for (const [field, value] of Object.entries(seed)) {
    const tag = TENCENT_PROFILE_TAGS[field]
    if (tag && value !== undefined) tags.set(tag, value as string | number)
  }
  for (const { key, value } of seed.profileCustomField ?? []) tags.set(key, value)
  return tags
}

function tagList(tags: Map<string, string | number>): TencentTag[] {
  return [...tags].map(([tag, value]) => ({ tag, value }))
}

function applyTags(stored: Map<string, string | number>, tags: TencentTag[]): void {
  for (const { tag, value } of tags) stored.set(tag, value)
}

function loginAnswer() {
  return {
    a2Key: 'fake-a2key',
    tinyID: '144115000000000001',
    helloInterval: 30,
    instanceID: 1,
    timeStamp: Math.floor(Date.now() / 1000),
  }
}

/**
 * A failed answer as the SDK's socket layer hands it up: `{ code, message }`, which the SDK wraps
 * in its own error class. (A JavaScript `Error` here would reach the app as 2903, the SDK's code
 * for an uncaught error.)
 */
function wireError(code: number): { code: number; message: string } {
  return { code, message: '' }
}
