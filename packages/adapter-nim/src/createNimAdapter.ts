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
  type ProfilePatch,
} from '@profile-kit/core/vanilla'
import { callNim as call } from './callNim'
import { createNimSchema } from './createNimSchema'
import { createNimRemarks, type NimFriendInstance } from './remarks/createNimRemarks'
import { LOGIN_STATUS_LOGINED, LOGIN_STATUS_LOGOUT, NIM_NOT_LOGGED_IN } from './nimConstants'
import { mergeNimExtension } from './nimExtension'
import { isNimPatchStored } from './nimPatchStored'
import type {
  NimInstance,
  V2NIMLoginListener,
  V2NIMUser,
  V2NIMUserListener,
  V2NIMUserUpdateParams,
} from './nimTypes'
import { normalizeNimProfile } from './normalizeNimProfile'
import { createNimPresence, nimSubscriptionService } from './presence/createNimPresence'
import { toNimPatch } from './toNimPatch'
import { nimAvatarUpload } from './uploadNimAvatar'

/** NetEase's documented maximum per `getUserList` call; the SDK does not split bigger lists. */
const MAX_BATCH = 150

/** Options of {@link createNimAdapter}. */
export interface NimAdapterOptions {
  /**
   * The custom fields your app keeps in `serverExtension` (a JSON object). When omitted, any key
   * is allowed. Keys other clients store there are kept on every save.
   */
  customFields?: CustomFieldDefinition[]
  /**
   * How long each presence subscription lasts, in seconds (NetEase allows 60 to 2,592,000); the kit
   * renews a user still shown before it runs out. Longer means fewer renewals, but subscriptions
   * of a closed tab linger longer against the 3,000 limit. Defaults to `3600`.
   */
  presenceDurationSeconds?: number
  /**
   * Read and set friend aliases (`V2NIMFriendService`), so names follow alias, then name, then
   * account ID. Defaults to `true`; `false` leaves remarks out.
   */
  remarks?: boolean
}

/**
 * A {@link ProfileAdapter} over a NetEase IM (`nim-web-sdk-ng`) instance created with
 * `apiVersion: 'v2'`.
 *
 * - The first read of a user comes from the SDK's cache (`getUserList`); every later read of that
 *   user, which the kit only makes when its copy is stale or invalidated, comes from the server
 *   (`getUserListFromCloud`). 150 IDs per call.
 * - Saves with `updateSelfUserProfile`, which resolves nothing: the kit re-reads. Custom fields
 *   live in `serverExtension` as JSON and are merged into the value read from the server just
 *   before, so keys the kit does not know survive; an extension that is not a JSON object is never
 *   overwritten (the save fails with `invalid_argument` instead). A save the server applied is
 *   never reported as failed: my profile is cached before the write (so the SDK's follow-up read
 *   cannot fail it), and a write whose answer was lost is checked against the server.
 * - Live: `onUserProfileChanged` patches the cache (the kit ignores users nothing shows).
 *   `onReset` fires once when a session becomes usable (LOGINED, also after a reconnect) and once
 *   when it ends (LOGOUT, kick-off); the retry states of a dropped connection never reset.
 * - Profile photos (`uploadAvatar`, when the instance has `V2NIMStorageService`) go to NetEase's
 *   storage (scene `nim_default_profile_icon`) with progress; cancel calls `cancelUploadFile`.
 * - Remarks: friends' aliases from `V2NIMFriendService.getFriendByIds` (the SDK's synced friend
 *   list), set with `setFriendInfo(accountId, { alias })`, live through `onFriendInfoChanged`,
 *   `onFriendAdded` and `onFriendDeleted`.
 * - Before login every call fails with `ProfileError` `not_ready` (`vendorCode` 190002).
 * - Presence (`presence`, when the instance has `V2NIMSubscriptionService`): user status
 *   subscriptions with `immediateSync`, renewed every `presenceDurationSeconds`; see the README.
 *
 * Create it once per NIM instance, not on every render.
 *
 * @throws {ProfileError} `invalid_argument` when `nim` lacks the V2 user and login services, or
 * `presenceDurationSeconds` is outside 60 to 2,592,000.
 * @example
 * ```tsx
 * const nim = NIM.getInstance({ appkey, apiVersion: 'v2' })
 * const adapter = createNimAdapter(nim, { customFields: [{ key: 'team', type: 'text' }] })
 * <ProfileProvider adapter={adapter}><App /></ProfileProvider>
 * ```
 */
export function createNimAdapter(nim: NimInstance, options: NimAdapterOptions = {}): ProfileAdapter {
  assertNim(nim)
  const users = nim.V2NIMUserService
  const subscriptions = nimSubscriptionService(nim)
  const presence = subscriptions && createNimPresence(subscriptions, options.presenceDurationSeconds)
  // Users answered once: the SDK cache already gave what it had, so later reads go to the server.
  const seen = new Set<string>()

  async function read(accountIds: string[]): Promise<V2NIMUser[]> {
    const cached = accountIds.filter((id) => !seen.has(id))
    const stale = accountIds.filter((id) => seen.has(id))
    const answers = await Promise.all([
      cached.length > 0 ? call('getUserList', () => users.getUserList(cached)) : [],
      stale.length > 0 ? call('getUserListFromCloud', () => users.getUserListFromCloud(stale)) : [],
    ])
    for (const id of accountIds) seen.add(id)
    return answers.flat()
  }

  function loginUser(): string {
    const accountId = nim.V2NIMLoginService.getLoginUser()
    if (typeof accountId === 'string' && accountId !== '') return accountId
    throw new ProfileError(
      'not_ready',
      'NetEase IM has no logged-in user: log in with nim.V2NIMLoginService.login(...) before loading or saving profiles.',
      {
        vendorCode: NIM_NOT_LOGGED_IN,
      },
    )
  }

  async function getMyProfile(): Promise<Profile> {
    const me = loginUser()
    const [user] = (await read([me])).filter((u) => u?.accountId === me)
    if (!user)
      throw new ProfileError('not_found', `NetEase IM returned no profile for the logged-in user ${me}.`)
    return normalizeNimProfile(user)
  }

  async function updateMyProfile(patch: ProfilePatch): Promise<void> {
    const { customFields, ...standard } = patch
    const params = toNimPatch(standard)
    if (customFields !== undefined && customFields !== null && !isRecord(customFields)) {
      throw new ProfileError(
        'invalid_argument',
        "Profile field 'customFields' must be an object of strings (null removes a field).",
        {
          field: 'customFields',
        },
      )
    }
    const hasCustomFields = customFields && Object.keys(customFields).length > 0
    if (!hasCustomFields && Object.keys(params).length === 0) return
    const me = loginUser()
    if (hasCustomFields) {
      // Read-modify-write against the server's current value, not a possibly stale cache. This
      // read also puts me into the SDK's cache (see below).
      const [stored] = await call('getUserListFromCloud', () => users.getUserListFromCloud([me]))
      params.serverExtension = mergeNimExtension(stored?.serverExtension, customFields)
    } else {
      // When I am not in the SDK's cache, updateSelfUserProfile re-reads me after the server
      // write and rejects if that read fails, although the server saved. With me cached (no request
      // when I already am) its only request is the write, so a failure means nothing was saved.
      await call('getUserList', () => users.getUserList([me]))
    }
    await save(me, params)
  }

  /** Writes; when the answer is lost on the way (a timeout, a dropped connection), asks the server. */
  async function save(me: string, params: V2NIMUserUpdateParams): Promise<void> {
    try {
      await call('updateSelfUserProfile', () => users.updateSelfUserProfile(params))
    } catch (error) {
      if (!(error instanceof ProfileError) || error.code !== 'network') throw error
      const stored = await users.getUserListFromCloud([me]).then(
        ([user]) => user,
        () => undefined,
      )
      if (!stored || !isNimPatchStored(stored, params)) throw error
    }
  }

  return {
    schema: createNimSchema(options.customFields),
    getMyProfile,
    async getUserProfiles(userIDs) {
      const batches = batchUserIDs(userIDs, MAX_BATCH)
      const answers = await Promise.all(batches.map(read))
      return answers.flat().filter(hasAccountId).map(normalizeNimProfile)
    },
    updateMyProfile,
    subscribe(onChange, onReset) {
      return subscribeToNim(nim, onChange, onReset)
    },
    presence,
    ...nimAvatarUpload(nim),
    remarks: options.remarks === false ? undefined : createNimRemarks(nim as NimFriendInstance),
  }
}

function subscribeToNim(
  nim: NimInstance,
  onChange: (changes: ProfileChange[]) => void,
  onReset?: () => void,
): () => void {
  const handleUsers = (...[users]: V2NIMUserListener['onUserProfileChanged']) => {
    const changes = Array.isArray(users) ? users.filter(hasAccountId).map(normalizeNimProfile) : []
    if (changes.length > 0) onChange(changes)
  }
  // A kick-off also reports LOGOUT: one reset per burst is enough.
  const resets = createResetCoalescer(onReset)
  let active = true
  const handleStatus = (...[status]: V2NIMLoginListener['onLoginStatus']) => {
    // LOGINING (2) and UNLOGIN (3, waiting to retry) are passing states a dropped connection
    // goes through several times: nothing is usable then. Reset when a session becomes usable
    // (LOGINED, also after a reconnect of the same account, since pushes sent meanwhile were
    // lost) and when it ends (LOGOUT), once each.
    if (status === LOGIN_STATUS_LOGINED || status === LOGIN_STATUS_LOGOUT) resets.reset()
  }
  const handleKicked = () => resets.reset()
  nim.V2NIMUserService.on('onUserProfileChanged', handleUsers)
  nim.V2NIMLoginService.on('onLoginStatus', handleStatus)
  nim.V2NIMLoginService.on('onKickedOffline', handleKicked)
  return () => {
    if (!active) return
    active = false
    resets.stop()
    nim.V2NIMUserService.off('onUserProfileChanged', handleUsers)
    nim.V2NIMLoginService.off('onLoginStatus', handleStatus)
    nim.V2NIMLoginService.off('onKickedOffline', handleKicked)
  }
}

function hasAccountId(user: unknown): user is V2NIMUser {
  return isRecord(user) && isUserID(user.accountId)
}

function assertNim(nim: unknown): asserts nim is NimInstance {
  const services = nim as Partial<
    Record<'V2NIMUserService' | 'V2NIMLoginService', Record<string, unknown>>
  > | null
  const user = services?.V2NIMUserService
  const login = services?.V2NIMLoginService
  const ok =
    ['getUserList', 'getUserListFromCloud', 'updateSelfUserProfile', 'on', 'off'].every(
      (m) => typeof user?.[m] === 'function',
    ) && ['getLoginUser', 'on', 'off'].every((m) => typeof login?.[m] === 'function')
  if (!ok) {
    throw new ProfileError(
      'invalid_argument',
      "createNimAdapter needs a nim-web-sdk-ng instance with the V2 API (NIM.getInstance({ appkey, apiVersion: 'v2' })); the value given lacks V2NIMUserService or V2NIMLoginService.",
    )
  }
}
