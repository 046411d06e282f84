import type { ChatSDK } from '@tencentcloud/chat'
import { CUSTOM_FIELD_PREFIX, TENCENT_EVENT } from '../tencentConstants'
import type { TencentChat, TencentProfile, TencentProfileUpdate } from '../tencentTypes'
import { createTencentStatusDouble, type TencentStatusDouble } from './createTencentStatusDouble'
import { createTencentDoubleFriends, type TencentDoubleFriends } from './tencentDoubleFriends'

type Handler = Parameters<ChatSDK['on']>[1]
type StoredProfile = TencentProfile
/** A profile to seed the double's server with; unset fields take the SDK's own defaults. */
export type TencentProfileSeed = Partial<TencentProfile> & { userID: string }

/** Options of {@link createTencentChatDouble}. */
export interface TencentChatDoubleOptions {
  /** Profiles on the server. */
  users?: TencentProfileSeed[]
  /** Users whose changes the server pushes (besides the logged-in user). */
  friends?: string[]
  /** My remarks for some of those friends, by user ID. */
  remarks?: Record<string, string>
  /** Custom field keys configured in the console, without prefix; others are rejected with 40009. */
  customFieldKeys?: string[]
  /** Clock in ms, for the 600 s stranger cache and `lastUpdatedTime`. Defaults to `Date.now`. */
  now?: () => number
}

/** One request the double sent to its "server". */
export interface TencentDoubleRequest {
  method: 'getMyProfile' | 'getUserProfile' | 'updateMyProfile'
  userIDs: string[]
}

/** The SDK surface plus the controls a test needs; user status (presence) and friends included. */
export interface TencentChatDouble extends TencentChat, TencentStatusDouble, TencentDoubleFriends {
  isReady(): boolean
  getLoginUser(): string
  /** Logs in as `userID` (who must be a seeded user), caches my profile and fires `SDK_READY`. */
  login(userID: string): void
  /** Logs out: fires `SDK_NOT_READY`; calls reject with 2024 again. */
  logout(): void
  /** Another device took over: fires `KICKED_OUT`, then `SDK_NOT_READY`. */
  kickOut(): void
  /**
   * A change made elsewhere, in `updateMyProfile`'s format (custom fields merged by key). Pushed
   * (PROFILE_UPDATED) for the logged-in user and friends only; strangers stay stale in the cache.
   * A pushed user the double has not cached gets a profile built from the update alone.
   */
  remoteUpdate(userID: string, update: TencentProfileUpdate): void
  /** The next call of `method` rejects with this SDK code. */
  failNext(method: TencentDoubleRequest['method'], code: number): void
  /** Server requests so far: `getUserProfile` is split into requests of 100 IDs. */
  readonly requests: readonly TencentDoubleRequest[]
  /** Every `updateMyProfile` options object as the SDK received it. */
  readonly updates: readonly TencentProfileUpdate[]
  listenerCount(eventName: string): number
}

const STRANGER_CACHE_MS = 600_000
const UPDATE_KEYS = new Set([
  'nick',
  'avatar',
  'gender',
  'selfSignature',
  'allowType',
  'birthday',
  'location',
  'language',
  'messageSettings',
  'adminForbidType',
  'level',
  'role',
  'profileCustomField',
])
const BYTE_LIMITS: Record<string, number> = { nick: 500, avatar: 500, selfSignature: 500, location: 16 }

/**
 * An object with the `@tencentcloud/chat` profile surface and its documented quirks, for tests:
 * calls before login reject with an `Error` carrying `code` 2024 and an empty message; answers are
 * `{ code: 0, data }`; `getUserProfile` splits into requests of 100, drops IDs past 1,000, omits
 * unknown users and answers fetched users first, then cache hits (strangers are cached 600 s and
 * never pushed); `updateMyProfile` rejects unknown keys, `undefined`/`null`/`[]` values and `{}`
 * with 2721, crashes on `profileCustomField: undefined`, rejects over-long values with 40601 and
 * unconfigured custom keys with 40009, and answers with its cached profile object (not a copy);
 * events arrive as `{ name, data }` and carry the cached object, updated in place; without one
 * (for a push, or my own update before my profile was read) the object is built from the changed
 * keys alone, all else at the SDK's defaults and my own with `userID: ''`.
 *
 * @example
 * ```ts
 * const chat = createTencentChatDouble({ users: [{ userID: 'me', nick: 'Ada' }] })
 * chat.login('me')
 * const adapter = createTencentChatAdapter(chat)
 * ```
 */
export function createTencentChatDouble(options: TencentChatDoubleOptions = {}): TencentChatDouble {
  const now = options.now ?? Date.now
  const friends = new Set(options.friends ?? [])
  const server = new Map(options.users?.map((seed) => [seed.userID, withDefaults(seed)]))
  // The SDK's cache: its objects are what it hands out, so a careless adapter would alias them.
  const cache = new Map<string, { profile: StoredProfile; at: number }>()
  const listeners = new Map<string, Handler[]>()
  const failures = new Map<TencentDoubleRequest['method'], number>()
  const requests: TencentDoubleRequest[] = []
  const updates: TencentProfileUpdate[] = []
  let loginUser = ''
  let lastStamp = 0

  const stamp = () => (lastStamp = Math.max(now(), lastStamp + 1))
  const emit = (name: string, data: unknown) => {
    for (const handler of [...(listeners.get(name) ?? [])]) handler({ name, data })
  }
  // Like the SDK: a cached profile object is updated in place, so the object handed out before is
  // the one an event carries later.
  const cacheCopy = (userID: string): StoredProfile => {
    const fresh = { ...structuredClone(server.get(userID)!), lastUpdatedTime: stamp() }
    const profile = Object.assign(cache.get(userID)?.profile ?? {}, fresh)
    cache.set(userID, { profile, at: now() })
    return profile
  }
  // Like the SDK: without a cached profile, a push or my own update builds one from the changed
  // keys alone, every other field at its default (and my own without a userID).
  const cacheFromUpdate = (
    userID: string,
    update: TencentProfileUpdate,
    profileUserID = userID,
  ): StoredProfile => {
    const built = applyUpdate(withDefaults({ userID: profileUserID }), update)
    const profile = { ...built, lastUpdatedTime: stamp() }
    cache.set(userID, { profile, at: now() })
    return profile
  }
  const isPushed = (userID: string) => userID === loginUser || friends.has(userID)
  const begin = (method: TencentDoubleRequest['method']) => {
    if (!loginUser) throw sdkError(2024)
    const code = failures.get(method)
    failures.delete(method)
    if (code !== undefined) throw sdkError(code)
  }

  const status = createTencentStatusDouble({
    knows: (userID) => server.has(userID),
    loginUser: () => loginUser,
    emit,
    sdkError,
  })

  const friendRemarks = createTencentDoubleFriends(friends, options.remarks ?? {}, {
    assertReady: () => {
      if (!loginUser) throw sdkError(2024)
    },
    emit,
  })

  return {
    ...status,
    ...friendRemarks,
    isReady: () => loginUser !== '',
    getLoginUser: () => loginUser,
    on(eventName, handler) {
      listeners.set(eventName, [...(listeners.get(eventName) ?? []), handler])
    },
    off(eventName, handler) {
      listeners.set(
        eventName,
        (listeners.get(eventName) ?? []).filter((h) => h !== handler),
      )
    },
    listenerCount: (eventName) => listeners.get(eventName)?.length ?? 0,
    requests,
    updates,
    failNext: (method, code) => void failures.set(method, code),

    async getMyProfile() {
      begin('getMyProfile')
      const cached = cache.get(loginUser)?.profile
      if (cached) return { code: 0, data: cached }
      requests.push({ method: 'getMyProfile', userIDs: [loginUser] })
      return { code: 0, data: cacheCopy(loginUser) }
    },

    async getUserProfile({ userIDList }) {
      begin('getUserProfile')
      if (!Array.isArray(userIDList) || userIDList.length === 0) throw sdkError(2721)
      const ids = [...new Set(userIDList.slice(0, 1000))]
      const fresh = (id: string) => {
        const entry = cache.get(id)
        return entry && (isPushed(id) || now() - entry.at < STRANGER_CACHE_MS)
      }
      const hits = ids.filter(fresh).map((id) => cache.get(id)!.profile)
      const misses = ids.filter((id) => !fresh(id))
      const fetched: StoredProfile[] = []
      for (let start = 0; start < misses.length; start += 100) {
        const batch = misses.slice(start, start + 100)
        requests.push({ method: 'getUserProfile', userIDs: batch })
        fetched.push(...batch.filter((id) => server.has(id)).map(cacheCopy))
      }
      return { code: 0, data: [...fetched, ...hits] }
    },

    async updateMyProfile(update) {
      updates.push(update)
      begin('updateMyProfile')
      checkUpdate(update, options.customFieldKeys)
      requests.push({ method: 'updateMyProfile', userIDs: [loginUser] })
      server.set(loginUser, applyUpdate(server.get(loginUser)!, update))
      const profile = cache.has(loginUser) ? cacheCopy(loginUser) : cacheFromUpdate(loginUser, update, '')
      emit(TENCENT_EVENT.PROFILE_UPDATED, [profile])
      return { code: 0, data: profile }
    },

    login(userID) {
      if (!server.has(userID)) throw new Error(`createTencentChatDouble: seed user ${userID} first`)
      loginUser = userID
      // Like the SDK, which reads my profile itself when it gets ready.
      requests.push({ method: 'getMyProfile', userIDs: [userID] })
      cacheCopy(userID)
      emit(TENCENT_EVENT.SDK_READY, undefined)
    },
    logout() {
      loginUser = ''
      cache.clear()
      emit(TENCENT_EVENT.SDK_NOT_READY, undefined)
    },
    kickOut() {
      emit(TENCENT_EVENT.KICKED_OUT, { type: 'multipleAccount' })
      this.logout()
    },
    remoteUpdate(userID, update) {
      const stored = server.get(userID)
      if (!stored) throw new Error(`createTencentChatDouble: no user ${userID}`)
      server.set(userID, applyUpdate(stored, update))
      if (!loginUser || !isPushed(userID)) return
      const pushed = cache.has(userID) ? cacheCopy(userID) : cacheFromUpdate(userID, update)
      emit(TENCENT_EVENT.PROFILE_UPDATED, [pushed])
    },
  }
}

function withDefaults(seed: TencentProfileSeed): StoredProfile {
  return {
    nick: '',
    gender: '' as StoredProfile['gender'],
    birthday: 0,
    location: '',
    selfSignature: '',
    // The real SDK reads an unset allowType as AllowAny.
    allowType: 'AllowType_Type_AllowAny' as StoredProfile['allowType'],
    language: 0,
    avatar: '',
    messageSettings: 0,
    adminForbidType: 'AdminForbid_Type_None' as StoredProfile['adminForbidType'],
    level: 0,
    role: 0,
    lastUpdatedTime: 0,
    ...structuredClone(seed),
    profileCustomField: structuredClone(seed.profileCustomField ?? []),
  }
}

function checkUpdate(update: TencentProfileUpdate, customFieldKeys: string[] | undefined): void {
  // The real SDK iterates the list without a guard.
  if ('profileCustomField' in update && update.profileCustomField === undefined) {
    throw new TypeError("Cannot read properties of undefined (reading 'forEach')")
  }
  const entries = Object.entries(update)
  if (entries.length === 0) throw sdkError(2721)
  for (const [key, value] of entries) {
    const empty = value === undefined || value === null || (Array.isArray(value) && value.length === 0)
    if (!UPDATE_KEYS.has(key) || empty) throw sdkError(2721)
    if (key === 'nick' && typeof value === 'string' && value.length * 2 > 500) throw sdkError(40601)
    const limit = BYTE_LIMITS[key]
    if (limit !== undefined && (typeof value !== 'string' || bytes(value) > limit)) throw sdkError(40601)
  }
  for (const field of update.profileCustomField ?? []) {
    const { key, value } = field as { key: unknown; value: unknown }
    if (typeof key !== 'string' || !key.startsWith(CUSTOM_FIELD_PREFIX)) throw sdkError(2721)
    const bare = key.slice(CUSTOM_FIELD_PREFIX.length)
    if (customFieldKeys && !customFieldKeys.includes(bare)) throw sdkError(40009)
    if (typeof value !== 'string' || bytes(value) > 500) throw sdkError(40601)
  }
}

function applyUpdate(stored: StoredProfile, update: TencentProfileUpdate): StoredProfile {
  const { profileCustomField, ...standard } = structuredClone(update)
  const custom = new Map(stored.profileCustomField.map((field) => [field.key, field.value]))
  // Tencent cannot delete a custom field: '' is stored like any value.
  for (const field of (profileCustomField ?? []) as Array<{ key: string; value: string }>) {
    custom.set(field.key, field.value)
  }
  return {
    ...stored,
    ...(standard as Partial<StoredProfile>),
    profileCustomField: [...custom].map(([key, value]) => ({ key, value })),
  }
}

function sdkError(code: number): Error & { code: number; data: { code: number; message: string } } {
  // Offline, the SDK's message table has not been downloaded: the text is empty.
  return Object.assign(new Error(''), { code, data: { code, message: '' } })
}

function bytes(text: string): number {
  return new TextEncoder().encode(text).length
}
