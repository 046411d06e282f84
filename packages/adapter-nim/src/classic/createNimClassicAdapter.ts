import { nimClassicAvatarUpload } from './uploadNimClassicAvatar'
import {
  batchUserIDs,
  createResetCoalescer,
  isRecord,
  ProfileError,
  type CustomFieldDefinition,
  type Profile,
  type ProfileAdapter,
  type ProfileChange,
  type ProfilePatch,
} from '@profile-kit/core/vanilla'
import { createNimSchema } from '../createNimSchema'
import { mergeNimClassicCustom } from './mergeNimClassicCustom'
import { callNimClassic } from './callNimClassic'
import type { NimClassicEvents } from './createNimClassicEvents'
import { changeFromNimClassicCard, hasAccount, profileFromNimClassicCard } from './nimClassicCard'
import type { NIMUserNameCard, NimClassicInstance, NimClassicUpdateParams } from './nimClassicTypes'
import { toNimClassicPatch } from './toNimClassicPatch'
import { createNimClassicPresence, hasNimClassicPresence } from './presence/createNimClassicPresence'
import { createNimClassicRemarks, type NimClassicFriendInstance } from './remarks/createNimClassicRemarks'

/** The classic SDK's documented maximum of accounts per `getUsers` call (it throws above). */
const MAX_BATCH = 150

/** Options of {@link createNimClassicAdapter}. */
export interface NimClassicAdapterOptions {
  /**
   * The callbacks spread into `NIM.getInstance` (see `createNimClassicEvents`). Without them the
   * adapter reports only its own saves as changes, and never resets.
   */
  events?: NimClassicEvents
  /**
   * The logged-in account. Defaults to the instance's `account` (the `account` given to
   * `NIM.getInstance`, which the SDK keeps on the instance but does not declare).
   */
  account?: string
  /**
   * The custom fields your app keeps in `custom` (a JSON object). When omitted, any key is allowed.
   * Keys other clients store there are kept on every save.
   */
  customFields?: CustomFieldDefinition[]
  /**
   * How long each presence subscription lasts, in seconds (NetEase allows 60 to 2,592,000); the kit
   * renews a user still shown before it runs out. Presence needs `events`. Defaults to `3600`.
   */
  presenceDurationSeconds?: number
  /**
   * Read and set friend aliases (`getFriends`, `updateFriend`; live through `onfriends` and
   * `onsyncfriendaction` in `events`). Defaults to `true`; `false` leaves remarks out.
   */
  remarks?: boolean
}

/**
 * A {@link ProfileAdapter} over the classic NetEase IM Web SDK (`@yxim/nim-web-sdk`, the callback
 * API: `NIM.getInstance`, `getUsers`, `updateMyInfo`).
 *
 * - Reads always come from the server (`sync: true`), 150 accounts per `getUsers` call.
 * - Saves with `updateMyInfo`, then the kit re-reads. Custom fields live in `custom` as JSON and are
 *   merged into the value read from the server just before, so keys the kit does not know survive;
 *   a `custom` that is not a JSON object is never overwritten (`invalid_argument` instead). A
 *   save whose answer is lost (timeout, broken link) is checked against the server: reported saved
 *   when the server holds every value, failed otherwise.
 * - Live: a save made through the adapter is reported as a change at once; through
 *   `options.events`, `onmyinfo`, `onupdatemyinfo`, `onusers` and `onupdateuser` become changes; a session (first login, reconnect, kick-off, logout) reaches the kit as one
 *   `onReset` when the SDK's sync is done, or when it gives up (`ondisconnect`).
 * - Before the SDK is connected and logged in, calls fail with `not_ready`.
 * - Presence (`presence`, with `options.events`): online-state event subscriptions
 *   (`subscribeEvent` type 1), renewed every `presenceDurationSeconds`; see the README.
 *
 * Create it once per NIM instance, not on every render.
 *
 * @throws {ProfileError} `invalid_argument` when `nim` lacks `getUser`, `getUsers` or `updateMyInfo`,
 * or `presenceDurationSeconds` is outside 60 to 2,592,000.
 * @example
 * ```tsx
 * const profileEvents = createNimClassicEvents()
 * const nim = NIM.getInstance({ appKey, account, token, ...profileEvents.callbacks })
 * const adapter = createNimClassicAdapter(nim, { events: profileEvents })
 * <ProfileProvider adapter={adapter}><App /></ProfileProvider>
 * ```
 */
export function createNimClassicAdapter(
  nim: NimClassicInstance,
  options: NimClassicAdapterOptions = {},
): ProfileAdapter {
  assertNimClassic(nim)

  function myAccount(): string {
    const account = options.account ?? (nim as { account?: unknown }).account
    if (typeof account === 'string' && account !== '') return account
    throw new ProfileError(
      'not_ready',
      'The classic NetEase IM instance has no account: create it with NIM.getInstance({ appKey, account, token, ... }) or pass { account } to createNimClassicAdapter.',
    )
  }

  async function readMe(): Promise<NIMUserNameCard | undefined> {
    const account = myAccount()
    const card = await callNimClassic<NIMUserNameCard | null>('getUser', (done) =>
      nim.getUser({ account, sync: true, done }),
    )
    return hasAccount(card) && card.account === account ? card : undefined
  }

  async function getMyProfile(): Promise<Profile> {
    const card = await readMe()
    if (!card) {
      throw new ProfileError(
        'not_found',
        `NetEase IM returned no profile for the logged-in account ${myAccount()}.`,
      )
    }
    return profileFromNimClassicCard(card)
  }

  async function readUsers(accounts: string[]): Promise<NIMUserNameCard[]> {
    const cards = await callNimClassic<NIMUserNameCard[] | null>('getUsers', (done) =>
      nim.getUsers({ accounts, sync: true, done }),
    )
    return Array.isArray(cards) ? cards.filter(hasAccount) : []
  }

  async function updateMyProfile(patch: ProfilePatch): Promise<void> {
    const { customFields, ...standard } = patch
    const params = toNimClassicPatch(standard)
    if (customFields !== undefined && customFields !== null && !isRecord(customFields)) {
      throw new ProfileError(
        'invalid_argument',
        "Profile field 'customFields' must be an object of strings (null removes a field).",
        { field: 'customFields' },
      )
    }
    if (customFields && Object.keys(customFields).length > 0) {
      // Read-modify-write against the server's current value, so other clients' keys survive.
      const stored = await readMe()
      params.custom = mergeNimClassicCustom(stored?.custom, customFields)
    }
    if (Object.keys(params).length === 0) return
    const account = myAccount()
    await callNimClassic('updateMyInfo', (done) => nim.updateMyInfo({ ...params, done })).catch(
      async (error: unknown) => {
        // A timeout or a broken link may come after the server applied the write: ask it.
        if (!(error instanceof ProfileError) || error.code !== 'network') throw error
        if (!isStored(params, await readMe().catch(() => undefined))) throw error
      },
    )
    // The SDK calls onupdatemyinfo on my other devices only: this device learns from the save.
    const change = changeFromNimClassicCard({ account, ...params })
    if (change) for (const listener of [...ownSaves]) listener([change])
  }

  const ownSaves = new Set<(changes: ProfileChange[]) => void>()
  return {
    schema: createNimSchema(options.customFields),
    remarks:
      options.remarks === false
        ? undefined
        : createNimClassicRemarks(nim as NimClassicFriendInstance, options.events),
    getMyProfile,
    async getUserProfiles(userIDs) {
      const answers = await Promise.all(batchUserIDs(userIDs, MAX_BATCH).map(readUsers))
      return answers.flat().map(profileFromNimClassicCard)
    },
    updateMyProfile,
    presence:
      options.events && hasNimClassicPresence(nim)
        ? createNimClassicPresence(nim, options.events, options.presenceDurationSeconds)
        : undefined,
    subscribe(onChange, onReset) {
      // One entry per subscription, even for the same callback.
      const onSave = (changes: ProfileChange[]) => onChange(changes)
      ownSaves.add(onSave)
      const stop = options.events ? subscribeToNimClassic(options.events, onChange, onReset) : () => undefined
      return () => {
        ownSaves.delete(onSave)
        stop()
      }
    },
    ...nimClassicAvatarUpload(nim),
  }
}

function subscribeToNimClassic(
  events: NimClassicEvents,
  onChange: (changes: ProfileChange[]) => void,
  onReset?: () => void,
): () => void {
  const emit = (cards: unknown[]) => {
    const changes = cards.map(changeFromNimClassicCard).filter((c): c is ProfileChange => c !== undefined)
    if (changes.length > 0) onChange(changes)
  }
  const resets = createResetCoalescer(onReset)
  const stopListening = events.listen({
    onmyinfo: (card) => emit([card]),
    onupdatemyinfo: (card) => emit([card]),
    onusers: (cards) => emit(Array.isArray(cards) ? cards : []),
    onupdateuser: (card) => emit([card]),
    // Retries (onwillreconnect) and the bare connection (onconnect) are no session yet: the new
    // session is usable once its sync is done. ondisconnect: the SDK gave up, or was kicked.
    onsyncdone: () => resets.reset(),
    ondisconnect: () => resets.reset(),
  })
  let active = true
  return () => {
    if (!active) return
    active = false
    resets.stop()
    stopListening()
  }
}

function assertNimClassic(nim: unknown): asserts nim is NimClassicInstance {
  const methods = nim as Partial<Record<'getUser' | 'getUsers' | 'updateMyInfo', unknown>> | null
  const ok = ['getUser', 'getUsers', 'updateMyInfo'].every(
    (name) => typeof methods?.[name as keyof typeof methods] === 'function',
  )
  if (!ok) {
    throw new ProfileError(
      'invalid_argument',
      'createNimClassicAdapter needs a classic @yxim/nim-web-sdk instance (NIM.getInstance({ appKey, account, token, ... })); the value given lacks getUser, getUsers or updateMyInfo. For nim-web-sdk-ng with the V2 API use createNimAdapter.',
    )
  }
}

/** Whether my stored card holds every value of an `updateMyInfo` call. */
function isStored(params: NimClassicUpdateParams, card: NIMUserNameCard | undefined): boolean {
  if (!card) return false
  const stored = card as unknown as Record<string, unknown>
  return Object.entries(params).every(([key, value]) => (stored[key] ?? '') === value)
}
