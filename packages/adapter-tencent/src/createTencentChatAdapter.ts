import { tencentAvatarCapabilities, type TencentAvatarOptions } from './tencentAvatarOptions'
import {
  batchUserIDs,
  createResetCoalescer,
  isRecord,
  isUserID,
  ProfileError,
  type CustomFieldDefinition,
  type Profile,
  type ProfileAdapter,
  type ProfileChange,
} from '@profile-kit/core/vanilla'
import { callTencent as call } from './callTencent'
import { createEntryTracker, type EntryTracker } from './createEntryTracker'
import { createTencentSchema } from './createTencentSchema'
import { createTencentPresence, hasTencentPresence } from './presence/createTencentPresence'
import { createTencentRemarks } from './remarks/createTencentRemarks'
import { TENCENT_EVENT } from './tencentConstants'
import type { TencentChat, TencentProfile } from './tencentTypes'
import { toTencentPatch } from './toTencentPatch'

/** The most IDs one `getUserProfile` call takes; the SDK drops IDs past 1,000 without a word. */
const MAX_BATCH = 100

/** Options of {@link createTencentChatAdapter}. */
export interface TencentChatAdapterOptions extends TencentAvatarOptions {
  /**
   * The custom profile fields configured in the Chat console, keys WITHOUT the
   * `Tag_Profile_Custom_` prefix. Values are limited to 500 bytes. When omitted, any custom key is
   * allowed (Tencent still rejects keys the console does not know, with code 40009).
   */
  customFields?: CustomFieldDefinition[]
  /**
   * Read and set friend remarks (`getFriendProfile`, `updateFriend`, `FRIEND_LIST_UPDATED`), so names
   * follow remark, then nick, then user ID. Defaults to `true`; `false` leaves remarks out.
   */
  remarks?: boolean
}

/**
 * A {@link ProfileAdapter} over a Tencent Cloud Chat (`@tencentcloud/chat`) instance.
 *
 * - Reads with `getMyProfile` / `getUserProfile` (100 IDs per call; IDs missing from an answer are
 *   asked for once more, alone, so a failed request rejects instead of reading as "not found").
 * - Writes with `updateMyProfile` after reading my profile (undefined keys stripped; a removed
 *   custom field is stored as `''`, which reads back as absent).
 * - Live: `EVENT.PROFILE_UPDATED` patches the cache (for a profile the SDK built from a push alone,
 *   only the fields the push can have carried); `SDK_READY`, `SDK_NOT_READY` (logout) and
 *   `KICKED_OUT` reach the kit as `onReset`.
 * - Profile photos: the SDK stores no files, so `uploadAvatar` is the app's own (`options.uploadAvatar`,
 *   to its object storage) and `avatarPresets` are offered to pick from, as Tencent's UIKit does.
 * - Remarks: friends' remarks from `getFriendProfile` (non-friends have none), set with
 *   `updateFriend` (96 bytes at most), live through `FRIEND_LIST_UPDATED`.
 * - Before `SDK_READY` every call fails with `ProfileError` `not_ready` (`vendorCode` 2024).
 * - Presence (`presence`, when `chat` has the user status API): `subscribeUserStatus` then
 *   `getUserStatus`, live by `EVENT.USER_STATUS_UPDATED`; see the README for its limits.
 *
 * Create it once per chat instance, not on every render.
 *
 * @throws {ProfileError} `invalid_argument` when `chat` is not a chat instance or a custom field key
 * is malformed.
 * @example
 * ```tsx
 * const chat = TencentCloudChat.create({ SDKAppID })
 * const adapter = createTencentChatAdapter(chat, { customFields: [{ key: 'team', type: 'text' }] })
 * <ProfileProvider adapter={adapter}><App /></ProfileProvider>
 * ```
 */
export function createTencentChatAdapter(
  chat: TencentChat,
  options: TencentChatAdapterOptions = {},
): ProfileAdapter {
  assertChat(chat)
  const entries = createEntryTracker()
  const avatar = tencentAvatarCapabilities(options)

  async function getMyProfile(): Promise<Profile> {
    const data = await call('getMyProfile', () => chat.getMyProfile())
    if (isRecord(data) && data.userID === '') {
      // Only the app's own chat.updateMyProfile call, made before the SDK had cached my profile, leaves
      // this: the SDK built my profile from that update alone and serves it until the next login.
      throw new ProfileError(
        'unknown',
        "Tencent Cloud Chat holds a profile of you built from an updateMyProfile call made before it had read yours (userID ''); it serves that until the next login. Save through the kit, which reads your profile first.",
      )
    }
    return entries.read(data)
  }

  async function getUserProfile(userIDList: string[]): Promise<Profile[]> {
    const data = await call('getUserProfile', () => chat.getUserProfile({ userIDList }))
    return withUserID(data).map(entries.read)
  }

  return {
    schema: createTencentSchema(options.customFields),
    getMyProfile,
    async getUserProfiles(userIDs) {
      const batches = batchUserIDs(userIDs, MAX_BATCH)
      const answers = await Promise.all(batches.map((batch) => readConfirmed(getUserProfile, batch)))
      return answers.flat()
    },
    async updateMyProfile(patch) {
      const update = toTencentPatch(patch)
      // Without my profile in its cache (its own read at login failed) the SDK would build one
      // from the update alone, with userID '', and serve that until the next login. Reading first
      // makes it fetch and cache the whole profile; when that read fails, nothing is sent.
      const stored = await getMyProfile()
      // The SDK rejects `{}` (2721): with nothing to send, answer with the stored profile.
      if (Object.keys(update).length === 0) return stored
      return entries.read(await call('updateMyProfile', () => chat.updateMyProfile(update)))
    },
    subscribe(onChange, onReset) {
      return subscribeToTencent(chat, entries, onChange, onReset)
    },
    presence: hasTencentPresence(chat) ? createTencentPresence(chat) : undefined,
    ...avatar,
    remarks: options.remarks === false ? undefined : createTencentRemarks(chat),
  }
}

/**
 * One batch of at most 100 IDs. The SDK settles each server request on its own and, when some IDs
 * were cache hits, resolves with whatever came back: a user whose request failed is just missing.
 * IDs missing from the answer were no cache hits, so asking for them alone makes the SDK reject if
 * their request fails again; what it still leaves out, the server does not know. Costs one more
 * request only when the answer lacks someone.
 */
async function readConfirmed(
  getUserProfile: (userIDList: string[]) => Promise<Profile[]>,
  batch: string[],
): Promise<Profile[]> {
  const answered = await getUserProfile(batch)
  const found = new Set(answered.map((profile) => profile.userID))
  const missing = batch.filter((userID) => !found.has(userID))
  if (missing.length === 0) return answered
  return [...answered, ...(await getUserProfile(missing))]
}

function subscribeToTencent(
  chat: TencentChat,
  entries: EntryTracker,
  onChange: (changes: ProfileChange[]) => void,
  onReset?: () => void,
): () => void {
  const handleProfiles = (event: unknown) => {
    const data = typeof event === 'object' && event !== null ? (event as { data?: unknown }).data : undefined
    const changes = withUserID(data).map(entries.changed)
    if (changes.length > 0) onChange(changes)
  }
  // Kicked out and logout both also fire SDK_NOT_READY: one reset per burst is enough.
  const resets = createResetCoalescer(onReset)
  const handleReset = () => {
    entries.forget()
    resets.reset()
  }
  const resetEvents = onReset
    ? [TENCENT_EVENT.SDK_READY, TENCENT_EVENT.SDK_NOT_READY, TENCENT_EVENT.KICKED_OUT]
    : []
  let active = true
  chat.on(TENCENT_EVENT.PROFILE_UPDATED, handleProfiles)
  for (const name of resetEvents) chat.on(name, handleReset)
  return () => {
    if (!active) return
    active = false
    resets.stop()
    chat.off(TENCENT_EVENT.PROFILE_UPDATED, handleProfiles)
    for (const name of resetEvents) chat.off(name, handleReset)
  }
}

/** The SDK profiles of an answer or event; items without a userID cannot belong to anyone. */
function withUserID(data: unknown): TencentSdkEntry[] {
  if (!Array.isArray(data)) return []
  return (data as unknown[]).filter(hasUserID)
}

type TencentSdkEntry = Partial<TencentProfile> & { userID: string }

function hasUserID(item: unknown): item is TencentSdkEntry {
  return isRecord(item) && isUserID(item.userID)
}

function assertChat(chat: unknown): asserts chat is TencentChat {
  const methods = ['getMyProfile', 'getUserProfile', 'updateMyProfile', 'on', 'off'] as const
  const missing = methods.filter(
    (name) => typeof (chat as Record<string, unknown> | null)?.[name] !== 'function',
  )
  if (missing.length > 0) {
    throw new ProfileError(
      'invalid_argument',
      `createTencentChatAdapter needs a @tencentcloud/chat instance (TencentCloudChat.create({ SDKAppID })); the value given lacks ${missing.join(', ')}.`,
    )
  }
}
