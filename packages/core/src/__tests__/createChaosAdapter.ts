import type { ProfileAdapter } from '../adapter/ProfileAdapter'
import { ProfileError } from '../errors/ProfileError'
import { normalizeProfile } from '../model/normalizeProfile'
import type { Profile, ProfileChange } from '../model/profile'
import type { SeededRandom } from './createSeededRandom'

/** Options of {@link createChaosAdapter}. */
export interface ChaosAdapterOptions {
  /** Every decision (latency, failure, order, event timing) comes from here: same seed, same run. */
  random: SeededRandom
  /** Users the backend knows; `me` is added. */
  userIDs: readonly string[]
  /** Share of `getUserProfiles` calls that fail, half of them retryably. Defaults to `0.25`. */
  failureRate?: number
  /** Share of calls that never answer (the kit's timeout must end them). Defaults to `0.02`. */
  stallRate?: number
  /** Latency of a call, drawn from 0 to this. Defaults to `20`. */
  maxLatencyMs?: number
  /** Delay of an event, drawn from 0 to this. Defaults to `15`. */
  maxEventDelayMs?: number
}

/** What the chaos did, so a test can show it exercised every kind of trouble. */
export interface ChaosStats {
  calls: number
  failures: number
  stalls: number
  changes: number
  changesInFlight: number
  events: number
  duplicateEvents: number
  staleEvents: number
  strangerEvents: number
  hostileAnswers: number
  resets: number
  updates: number
  failedUpdates: number
  /** Updates the backend applied, whose answer was then lost (the kit saw a failure). */
  appliedButFailedUpdates: number
}

/** A {@link ProfileAdapter} whose backend misbehaves on purpose, plus the controls of a chaos test. */
export interface ChaosAdapter extends ProfileAdapter {
  subscribe(onChange: (changes: ProfileChange[]) => void, onReset?: () => void): () => void
  /** A change made on the backend (another device), to `nick` if given; its event arrives later, maybe twice. */
  change(userID: string, nick?: string): Profile
  /** Re-delivers an event with an older version of the user than the backend holds. */
  sendStaleEvent(userID: string): void
  /** Delivers an event for a user nobody asked for (one the backend does not even know). */
  sendStrangerEvent(): string
  /** The session changed (a reconnect, say): every subscriber's `onReset` fires. */
  resetSession(): void
  /** IDs of `getUserProfiles` calls that have not answered yet. */
  inFlight(): string[]
  /** What the backend holds now. */
  truth(userID: string): Profile | undefined
  /** `true` when the backend once held exactly this version (same stamp and content) of the user. */
  hadVersion(profile: Profile): boolean
  /** `true` when some version of the user had this nick (a save reached the backend). */
  hadNick(userID: string, nick: string): boolean
  /**
   * The backend goes quiet: no more failures, stalls, hostile answers or duplicate events of its own.
   * Events already scheduled still arrive, and a test may still send changes and old events.
   */
  quiet(): void
  readonly stats: ChaosStats
}

/**
 * A seeded, misbehaving backend for chaos tests: random latency, failures (retryable and not),
 * calls that never answer, answers out of order with duplicates, older copies, strangers and junk
 * in them, answers read when the call was made (so a change during a fetch makes it stale), events
 * that arrive late, twice, partial, or older than what the kit already holds, and events for users
 * nobody asked for. Every profile version is stamped from one increasing clock and remembered, so
 * a test can tell whether what it sees ever existed.
 *
 * @example
 * ```ts
 * const adapter = createChaosAdapter({ random: createSeededRandom(7), userIDs: ['u0', 'u1'] })
 * render(<ProfileProvider adapter={adapter}>...</ProfileProvider>)
 * adapter.change('u1')
 * ```
 */
export function createChaosAdapter(options: ChaosAdapterOptions): ChaosAdapter {
  const { random } = options
  const settings = {
    failureRate: options.failureRate ?? 0.25,
    stallRate: options.stallRate ?? 0.04,
    maxLatencyMs: options.maxLatencyMs ?? 20,
    maxEventDelayMs: options.maxEventDelayMs ?? 15,
    duplicateRate: 0.3,
    chaoticAnswerRate: 0.3,
  }
  let clock = 1000
  const history = new Map<string, Profile[]>()
  const listeners = new Set<(changes: ProfileChange[]) => void>()
  const resetListeners = new Set<() => void>()
  const inFlight = new Map<number, readonly string[]>()
  let nextCall = 0
  const stats: ChaosStats = {
    calls: 0,
    failures: 0,
    stalls: 0,
    changes: 0,
    changesInFlight: 0,
    events: 0,
    duplicateEvents: 0,
    staleEvents: 0,
    strangerEvents: 0,
    hostileAnswers: 0,
    resets: 0,
    updates: 0,
    failedUpdates: 0,
    appliedButFailedUpdates: 0,
  }

  const truth = (userID: string) => history.get(userID)?.at(-1)
  function store(userID: string, nick?: string): Profile {
    const versions = history.get(userID) ?? []
    const stamp = ++clock
    const profile = normalizeProfile({
      userID,
      nick: nick ?? `${userID} v${versions.length}`,
      selfSignature: `written at ${stamp}`,
      updatedAt: stamp,
    })
    history.set(userID, [...versions, profile])
    return profile
  }
  for (const userID of [...options.userIDs, 'me']) store(userID)

  const latency = () =>
    new Promise<void>((resolve) => setTimeout(resolve, random.int(0, settings.maxLatencyMs)))

  /** Delivers later, like SDK events: to whoever is still subscribed then. */
  function deliver(change: ProfileChange) {
    stats.events++
    setTimeout(
      () => listeners.forEach((listener) => listener([change])),
      random.int(0, settings.maxEventDelayMs),
    )
  }

  /** The change as an SDK might push it: the whole profile, or only what changed plus the stamp. */
  function eventOf(profile: Profile): ProfileChange {
    if (random.chance(0.5)) return profile
    const { userID, nick, selfSignature, updatedAt } = profile
    return { userID, nick, selfSignature, updatedAt }
  }

  function failure(): Error {
    stats.failures++
    const kind = random.int(0, 3)
    if (kind < 2) return new ProfileError('network', 'chaos: connection reset')
    if (kind === 2) return new ProfileError('permission_denied', 'chaos: not allowed right now')
    return new Error('chaos: socket hang up')
  }

  /** The answer read at call time, made hostile: shuffled, with older copies, strangers and junk. */
  function answerFor(userIDs: readonly string[]): unknown[] {
    const answer: unknown[] = userIDs.flatMap((id) => truth(id) ?? [])
    if (random.chance(settings.chaoticAnswerRate)) {
      stats.hostileAnswers++
      const id = random.pick(userIDs)
      const versions = history.get(id)
      if (versions) answer.push(random.pick(versions), truth(id))
      answer.push(truth(random.pick([...history.keys()])), null, { nick: 'no userID' })
    }
    return random.shuffle(answer)
  }

  function change(userID: string, nick?: string): Profile {
    stats.changes++
    if ([...inFlight.values()].some((ids) => ids.includes(userID))) stats.changesInFlight++
    const profile = store(userID, nick)
    deliver(eventOf(profile))
    if (random.chance(settings.duplicateRate)) {
      stats.duplicateEvents++
      deliver(eventOf(profile))
    }
    return profile
  }

  return {
    async getMyProfile() {
      await latency()
      return truth('me') as Profile
    },
    async getUserProfiles(userIDs) {
      stats.calls++
      const call = nextCall++
      inFlight.set(call, [...userIDs])
      const answer = answerFor(userIDs)
      if (random.chance(settings.stallRate)) {
        stats.stalls++
        inFlight.delete(call)
        return new Promise<never>(() => {})
      }
      try {
        await latency()
        if (random.chance(settings.failureRate)) throw failure()
        return answer as Profile[]
      } finally {
        inFlight.delete(call)
      }
    },
    async updateMyProfile(patch) {
      stats.updates++
      if (random.chance(settings.stallRate)) {
        stats.stalls++
        return new Promise<never>(() => {})
      }
      await latency()
      const nick = typeof patch.nick === 'string' ? patch.nick : undefined
      if (random.chance(settings.failureRate)) {
        stats.failedUpdates++
        // Every other failed update was applied by the backend; only its answer was lost.
        if (stats.failedUpdates % 2 === 0) {
          stats.appliedButFailedUpdates++
          change('me', nick)
        }
        throw failure()
      }
      return change('me', nick)
    },
    subscribe(onChange, onReset) {
      const listener = (changes: ProfileChange[]) => onChange(changes)
      const reset = () => onReset?.()
      listeners.add(listener)
      resetListeners.add(reset)
      return () => {
        listeners.delete(listener)
        resetListeners.delete(reset)
      }
    },
    resetSession() {
      stats.resets++
      resetListeners.forEach((reset) => reset())
    },
    change,
    sendStaleEvent(userID) {
      const versions = history.get(userID) ?? []
      if (versions.length < 2) return
      stats.staleEvents++
      deliver(eventOf(random.pick(versions.slice(0, -1))))
    },
    sendStrangerEvent() {
      stats.strangerEvents++
      const userID = `stranger-${random.int(0, 999)}`
      deliver({ userID, nick: 'nobody asked', updatedAt: ++clock })
      return userID
    },
    inFlight: () => [...new Set([...inFlight.values()].flat())],
    truth,
    hadVersion(profile) {
      return (history.get(profile.userID) ?? []).some(
        (version) =>
          version.updatedAt === profile.updatedAt &&
          version.nick === profile.nick &&
          version.selfSignature === profile.selfSignature,
      )
    },
    hadNick: (userID, nick) => (history.get(userID) ?? []).some((version) => version.nick === nick),
    quiet() {
      Object.assign(settings, { failureRate: 0, stallRate: 0, duplicateRate: 0, chaoticAnswerRate: 0 })
    },
    stats,
  }
}
