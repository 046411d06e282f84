import type { AvatarUploadOptions } from '../adapter/AvatarUpload'
import type { ProfileAdapter } from '../adapter/ProfileAdapter'
import { ProfileError, type ProfileErrorCode } from '../errors/ProfileError'
import { applyPatch } from '../model/applyPatch'
import { isUserID } from '../model/guards'
import { describeValue } from '../errors/invalidArgument'
import { normalizeProfile } from '../model/normalizeProfile'
import type { Profile, ProfileChange, ProfilePatch } from '../model/profile'
import { resolveSchema, type ResolvedSchema } from '../model/resolveSchema'
import type { ProfileSchema } from '../model/schema'
import { isObjectUrl } from '../validation/formats'
import { assertValidPatch } from '../validation/validatePatch'
import { checkSimulation, type Simulation } from './checkSimulation'
import { createClock } from './createClock'
import { createListeners } from './createListeners'
import { createMemoryPresence, type MemoryPresence, type MemoryPresenceOptions } from './createMemoryPresence'
import { simulateUpload } from './simulateUpload'
import { createMemoryRemarks, type MemoryRemarkSource, type SeedFriend } from './createMemoryRemarks'

/** A profile to seed the memory adapter with: any subset of the fields, with a `userID`. */
export type SeedProfile = Partial<Profile> & { userID: string }

/** Options of {@link createMemoryAdapter}. */
export interface MemoryAdapterOptions {
  /** The signed-in user. */
  me: SeedProfile
  /** Other users the backend knows. */
  profiles?: SeedProfile[]
  /** Delay of every call in milliseconds. Defaults to `0` (calls still resolve asynchronously). */
  latencyMs?: number
  /** Share of calls that fail, from `0` to `1`. Defaults to `0`. */
  failureRate?: number
  /** The `ProfileError` code of simulated failures. Defaults to `'unknown'`. */
  failureCode?: ProfileErrorCode
  /** What the backend stores. Defaults: `maxBatchSize` 100, the nine editor fields, any custom key. */
  schema?: ProfileSchema
  /** Source of randomness for failure injection and presence churn, for seeded tests. Defaults to `Math.random`. */
  random?: () => number
  /** Simulated presence: who is online, the backend's limits, churn. Defaults: nobody online, Tencent's limits. */
  presence?: MemoryPresenceOptions
  /**
   * The signed-in user's friends and my remarks for them. Only friends have remarks (as on Tencent
   * and NetEase). Defaults to none: remarks still work, every user is a stranger until
   * `simulateRemoteRemark` makes them a friend.
   */
  friends?: SeedFriend[]
}

/** The memory adapter: a {@link ProfileAdapter} plus controls for demos and tests. */
export interface MemoryAdapter extends ProfileAdapter {
  /** The schema in force, with its defaults filled in; it takes `blob:` avatars (`avatarObjectUrls`). */
  readonly schema: ResolvedSchema
  /**
   * Keeps the image as a `blob:` object URL of this page and resolves to it, after reporting
   * progress over `latencyMs`; fails like every call (`failureRate`, `failureCode`); rejects as
   * soon as `signal` aborts. Needs `URL.createObjectURL` (browsers, Node; not jsdom).
   */
  uploadAvatar(image: Blob, options: AvatarUploadOptions): Promise<string>
  /** Always present: change events after updates and remote changes, `onReset` on session resets. */
  subscribe(onChange: (changes: ProfileChange[]) => void, onReset?: () => void): () => void
  /** Changes latency and failure injection from now on. */
  configure(options: Partial<Pick<MemoryAdapterOptions, 'latencyMs' | 'failureRate' | 'failureCode'>>): void
  /**
   * Another device edits a user's profile: the change is validated and stored at once, and
   * subscribers hear it. No latency or failure applies. Returns the stored profile.
   */
  simulateRemoteChange(userID: string, change: ProfilePatch): Profile
  /** Always present: friends' remarks, settable, with events. */
  readonly remarks: MemoryRemarkSource
  /**
   * Another device sets my remark for a user (`''` clears it and makes a stranger a friend; `null`
   * removes the friend): stored at once, and remark subscribers hear it. No latency or failure applies.
   */
  simulateRemoteRemark(userID: string, remark: string | null): void
  /** The session changed (login, logout, account switch): every subscriber's `onReset` fires, and presence subscriptions end with the old session. */
  simulateSessionReset(): void
  /** Adds or replaces users quietly (no change event), as if they had always been there. */
  addProfiles(profiles: readonly SeedProfile[]): void
  /** What the backend holds for a user right now, without latency or failures. */
  getStored(userID: string): Profile | undefined
  /** Always present: simulated presence, with the calls it received and who is subscribed. */
  readonly presence: MemoryPresence
  /**
   * A user goes online or offline (offline: last seen now, unless `lastSeenAt` says when), or
   * publishes a custom status. Subscribers of that user hear it; no latency or failure applies.
   */
  simulatePresence(
    userID: string,
    online: boolean,
    details?: { lastSeenAt?: number; customStatus?: string },
  ): void
}

/**
 * The embedded backend: profiles in memory, with optional latency and failure injection. It
 * behaves like a strict real backend, so code that works against it works against a vendor's:
 * it validates patches (`invalid_argument`), rejects batches over `maxBatchSize` (the kit must
 * chunk), omits unknown IDs, stamps `updatedAt` from a strictly increasing clock, and tells
 * subscribers about every change asynchronously, as SDKs do. Everything it returns is frozen.
 * Creating it reads no clock (seeds are stamped on first use), so a React Server Component may
 * create it while Next.js prerenders.
 *
 * @example
 * ```ts
 * const adapter = createMemoryAdapter({
 *   me: { userID: 'me', nick: 'Ada' },
 *   profiles: [{ userID: 'grace', nick: 'Grace' }],
 *   friends: [{ userID: 'grace', remark: 'Admiral' }],
 *   latencyMs: 300,
 * })
 * <ProfileProvider adapter={adapter}>...</ProfileProvider>
 * adapter.simulateRemoteChange('grace', { selfSignature: 'On holiday' })
 * adapter.simulateRemoteRemark('grace', 'Grace H.')
 * ```
 */
export function createMemoryAdapter(options: MemoryAdapterOptions): MemoryAdapter {
  const myUserID = checkMe(options)
  // Uploaded photos are object URLs of this page, so its schema takes them as avatars.
  const schema = resolveSchema({ ...options.schema, avatarObjectUrls: true })
  const simulation: Simulation = { latencyMs: 0, failureRate: 0, failureCode: 'unknown' }
  Object.assign(simulation, checkSimulation(pick(options)))
  const random = options.random ?? Math.random
  const tick = createClock()
  const stored = new Map<string, Profile>()
  // Seeds are checked at once but stamped on first use: reading the clock while a Next.js server
  // component prerenders fails the build, and creating an adapter should start nothing anyway.
  const unstamped: Profile[] = []
  const listeners = createListeners()
  // Object URLs of uploaded photos, freed when no profile holds them any more.
  const photos = new Set<string>()

  /** The profiles, with every seed added so far stamped from the clock, in the order added. */
  function store(): Map<string, Profile> {
    for (const seed of unstamped.splice(0)) {
      stored.set(seed.userID, normalizeProfile({ ...seed, updatedAt: tick() }))
    }
    return stored
  }

  function addProfiles(profiles: readonly SeedProfile[]): void {
    if (!Array.isArray(profiles)) {
      throw new ProfileError(
        'invalid_argument',
        `profiles must be an array of profiles, got ${describeValue(profiles)}.`,
        { field: 'profiles' },
      )
    }
    profiles.forEach((seed, index) => {
      unstamped.push(seedProfile(seed, `profiles[${index}]`))
    })
  }

  /** Waits the configured latency, then fails as configured. */
  async function network(call: string): Promise<void> {
    const { latencyMs } = simulation
    await new Promise<void>((resolve) =>
      latencyMs > 0 ? setTimeout(resolve, latencyMs) : queueMicrotask(resolve),
    )
    failAsConfigured(call)
  }

  /** Throws the configured failure with the configured probability. */
  function failAsConfigured(call: string): void {
    const { failureRate, failureCode } = simulation
    if (failureRate > 0 && random() < failureRate) {
      throw new ProfileError(
        failureCode,
        `${call}: simulated ${failureCode} failure (memory adapter, failureRate ${failureRate}).`,
        {
          vendorCode: 'memory',
        },
      )
    }
  }

  function change(userID: string, patch: ProfilePatch): Profile {
    const current = store().get(userID)
    if (!current)
      throw new ProfileError(
        'not_found',
        `No user "${userID}" in the memory adapter; add it with addProfiles first.`,
      )
    assertValidPatch(patch, schema, current)
    assertOwnPhoto(patch.avatar)
    const next = applyPatch(current, { ...patch, userID, updatedAt: tick() })
    store().set(userID, next)
    if (next.avatar !== current.avatar) forgetPhoto(current.avatar)
    listeners.emitChange([next])
    return next
  }

  function forgetPhoto(url: string): void {
    if (!photos.delete(url)) return
    if ([...store().values()].some((profile) => profile.avatar === url)) photos.add(url)
    else URL.revokeObjectURL(url)
  }

  /** A `blob:` avatar must be a photo this backend stored: another page's means nothing here. */
  function assertOwnPhoto(avatar: string | undefined): void {
    if (avatar === undefined || !isObjectUrl(avatar) || photos.has(avatar)) return
    throw new ProfileError(
      'invalid_argument',
      'Avatar URL is a blob: URL this memory backend did not store; upload the photo with uploadAvatar.',
      { field: 'avatar' },
    )
  }

  async function uploadAvatar(image: Blob, uploadOptions: AvatarUploadOptions): Promise<string> {
    if (typeof URL.createObjectURL !== 'function') {
      throw new ProfileError(
        'unknown',
        'uploadAvatar: the memory adapter keeps photos as object URLs, and URL.createObjectURL is missing here (jsdom?); stub it in tests.',
      )
    }
    await simulateUpload(image, uploadOptions, simulation.latencyMs)
    failAsConfigured('uploadAvatar')
    const url = URL.createObjectURL(image)
    photos.add(url)
    return url
  }

  addProfiles(options.profiles ?? [])
  addProfiles([options.me])
  const presence = createMemoryPresence(options.presence ?? {}, network, random)
  const remarks = createMemoryRemarks(options.friends ?? [], network, schema.maxBatchSize)

  return {
    schema,
    async getMyProfile() {
      await network('getMyProfile')
      return store().get(myUserID) as Profile
    },
    async getUserProfiles(userIDs) {
      assertBackendAcceptsUserIDs(userIDs, schema.maxBatchSize)
      await network('getUserProfiles')
      return [...new Set(userIDs)].flatMap((id) => store().get(id) ?? [])
    },
    async updateMyProfile(patch) {
      await network('updateMyProfile')
      return change(myUserID, patch)
    },
    uploadAvatar,
    subscribe: (onChange, onReset) => listeners.add(onChange, onReset),
    configure(settings) {
      Object.assign(simulation, checkSimulation(pick(settings)))
    },
    remarks: remarks.source,
    simulateRemoteRemark: remarks.simulateRemoteRemark,
    simulateRemoteChange: change,
    simulateSessionReset() {
      presence.reset()
      listeners.emitReset()
    },
    addProfiles,
    getStored: (userID) => store().get(userID),
    presence: presence.source,
    simulatePresence: presence.set,
  }
}

function seedProfile(seed: SeedProfile, field: string): Profile {
  try {
    return normalizeProfile(seed)
  } catch (error) {
    throw new ProfileError('invalid_argument', `${field}: ${(error as Error).message}`, {
      field,
      cause: error,
    })
  }
}

function checkMe(options: MemoryAdapterOptions): string {
  const userID: unknown = options?.me?.userID
  if (!isUserID(userID)) {
    throw new ProfileError(
      'invalid_argument',
      `createMemoryAdapter needs me: { userID: 'some-id', ... } for the signed-in user, got a userID of ${describeValue(userID)}.`,
      { field: 'me.userID' },
    )
  }
  return userID
}

/** Only the simulation settings that were given, so `undefined` never overwrites a setting. */
function pick(settings: Partial<Simulation>): Partial<Simulation> {
  const picked: Partial<Simulation> = {}
  if (settings.latencyMs !== undefined) picked.latencyMs = settings.latencyMs
  if (settings.failureRate !== undefined) picked.failureRate = settings.failureRate
  if (settings.failureCode !== undefined) picked.failureCode = settings.failureCode
  return picked
}

/** Rejects what a real backend would reject: no array, a non-string ID, too many IDs. */
function assertBackendAcceptsUserIDs(userIDs: unknown, maxBatchSize: number): asserts userIDs is string[] {
  if (!Array.isArray(userIDs)) {
    throw new ProfileError(
      'invalid_argument',
      `getUserProfiles needs an array of user IDs, got ${describeValue(userIDs)}.`,
      {
        field: 'userIDs',
      },
    )
  }
  const bad = userIDs.findIndex((id: unknown) => typeof id !== 'string')
  if (bad !== -1) {
    throw new ProfileError(
      'invalid_argument',
      `getUserProfiles: userIDs[${bad}] is ${describeValue(userIDs[bad])}, not a user ID.`,
      {
        field: `userIDs[${bad}]`,
      },
    )
  }
  if (userIDs.length > maxBatchSize) {
    throw new ProfileError(
      'invalid_argument',
      `getUserProfiles got ${userIDs.length} IDs, but this backend accepts at most ${maxBatchSize} per call; split the request into chunks.`,
      { field: 'userIDs' },
    )
  }
}
