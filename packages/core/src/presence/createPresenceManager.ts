import type { PresenceChange, PresenceSource, UserPresence } from '../adapter/PresenceSource'
import { toProfileError } from '../errors/ProfileError'
import { withTimeout } from '../loader/withTimeout'
import { isRecord, isUserID } from '../model/guards'
import { createRateLimiter } from './createRateLimiter'
import { planPresenceCall, type PresencePlan } from './planPresenceCall'
import { blankPresence, mergePresence, type Presence } from './presence'

/** How presence subscriptions are held; `ProfileProvider` takes these as `presence`. */
export interface PresenceOptions {
  /**
   * How long a user nothing shows any more stays subscribed, so scrolling back and forth does
   * not unsubscribe and subscribe again. Defaults to `30000`.
   */
  graceMs?: number
  /**
   * How long a batch that is not full waits for more users, so the rows of one scroll gesture
   * are one call. Defaults to `500`.
   */
  batchWindowMs?: number
  /** A subscribe or unsubscribe unsettled after this long counts as failed. Defaults to `20000`. */
  timeoutMs?: number
}

/**
 * The presence subscriptions of one provider: reference-counted users, batched and rate-limited
 * calls, renewals, and what is known of each user. Read it through `usePresence`.
 */
export interface PresenceManager {
  /**
   * Something shows these users: subscribes them (batched, under the rate limit) unless already
   * subscribed. The returned function says it no longer shows them; they are let go after the grace
   * period unless shown again. Calling it twice is harmless.
   */
  watch(userIDs: readonly string[]): () => void
  /** What is known of a user now. */
  get(userID: string): Presence
  /** Calls `listener` when any of these users' presence changes. Returns the function that stops it. */
  listen(userIDs: readonly string[], listener: () => void): () => void
  /** The session changed: the new session holds no subscriptions, so every shown user is subscribed again. */
  reset(): void
}

/** How long a user nothing shows stays subscribed unless `graceMs` says otherwise. */
export const DEFAULT_PRESENCE_GRACE_MS = 30_000
const DEFAULT_BATCH_WINDOW_MS = 500
const DEFAULT_TIMEOUT_MS = 20_000
const MAX_RETRY_DELAY_MS = 30_000
/** setTimeout's longest delay (2^31-1 ms, about 24.8 days); NetEase subscriptions can last 30 days. */
const MAX_TIMER_DELAY_MS = 2 ** 31 - 1

/**
 * Creates the presence manager of one provider over an adapter's `presence` capability; without
 * one every user is `unavailable`. It keeps every promise of the {@link PresenceSource} contract:
 * at most `maxBatchSize` users a call, never more than `rateLimit` calls in any window (calls wait
 * in a queue instead), at most `maxSubscriptions` users at once (the least recently shown go
 * first), renewals before `ttlMs` runs out, and one call at a time so the backend sees them in
 * order. A `permission_denied` answer makes presence `unavailable` until the session changes.
 *
 * @example
 * ```ts
 * const presence = createPresenceManager(adapter.presence, { graceMs: 10_000 })
 * const stop = presence.watch(['ada', 'grace'])
 * presence.get('ada').state // 'unknown', then 'online' or 'offline'
 * stop()
 * ```
 */
export function createPresenceManager(
  source: PresenceSource | undefined,
  options: PresenceOptions = {},
): PresenceManager {
  if (!source) return unavailablePresence
  const graceMs = options.graceMs ?? DEFAULT_PRESENCE_GRACE_MS
  const batchWindowMs = options.batchWindowMs ?? DEFAULT_BATCH_WINDOW_MS
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const maxBatchSize = Math.max(1, Math.floor(source.maxBatchSize) || 100)
  const maxSubscriptions = source.maxSubscriptions ?? Infinity
  const ttlMs = source.ttlMs
  // Renew a fifth of the lifetime early (at most a minute), so a queued renewal still lands in time.
  const renewEarlyMs = ttlMs ? Math.min(ttlMs / 5, 60_000) : 0
  const limiter = createRateLimiter(source.rateLimit)

  const refs = new Map<string, number>()
  const shown = new Map<string, number>()
  const lingering = new Map<string, number>()
  const held = new Map<string, number>()
  const stale = new Map<string, number>()
  const refused = new Set<string>()
  const known = new Map<string, Presence>()
  const listeners = new Map<string, Set<() => void>>()
  let unavailable = false
  let warned = false
  let busy = false
  let session = 0
  let failures = 0
  let retryAt = 0
  let queued = false
  let wake: ReturnType<typeof setTimeout> | undefined
  let stopListening: (() => void) | undefined

  function watch(userIDs: readonly string[]): () => void {
    const users = [...new Set(userIDs)].filter(isUserID)
    const now = Date.now()
    for (const userID of users) {
      const count = refs.get(userID) ?? 0
      refs.set(userID, count + 1)
      shown.set(userID, count === 0 ? now : (shown.get(userID) ?? now))
      if (count === 0) refused.delete(userID)
      lingering.delete(userID)
      stale.delete(userID)
      if (!known.has(userID)) known.set(userID, blankPresence(userID, 'unknown'))
    }
    schedule()
    let released = false
    return () => {
      if (released) return
      released = true
      const at = Date.now()
      for (const userID of users) {
        const count = (refs.get(userID) ?? 1) - 1
        if (count > 0) refs.set(userID, count)
        else {
          refs.delete(userID)
          shown.delete(userID)
          lingering.set(userID, at)
        }
      }
      schedule()
    }
  }

  function get(userID: string): Presence {
    if (unavailable) return blankPresence(userID, 'unavailable')
    return known.get(userID) ?? blankPresence(userID, 'unknown')
  }

  function listen(userIDs: readonly string[], listener: () => void): () => void {
    const users = [...new Set(userIDs)]
    for (const userID of users) {
      const set = listeners.get(userID) ?? new Set()
      set.add(listener)
      listeners.set(userID, set)
    }
    return () => {
      for (const userID of users) {
        const set = listeners.get(userID)
        set?.delete(listener)
        if (set?.size === 0) listeners.delete(userID)
      }
    }
  }

  function notify(userIDs: Iterable<string>) {
    const called = new Set<() => void>()
    for (const userID of userIDs) {
      for (const listener of listeners.get(userID) ?? []) {
        if (!called.has(listener)) listener()
        called.add(listener)
      }
    }
  }

  function apply(change: PresenceChange | UserPresence) {
    const current = known.get(change.userID)
    if (!current) return
    const next = mergePresence(current, change)
    if (next === current) return
    known.set(change.userID, next)
    if (!unavailable) notify([change.userID])
  }

  function onChanges(changes: unknown) {
    if (!Array.isArray(changes)) return
    for (const change of changes as unknown[]) {
      if (isRecord(change) && isUserID(change.userID)) apply(change as PresenceChange)
    }
  }

  /** Runs the plan once the current task is done, so every component mounting in it joins one batch. */
  function schedule() {
    if (queued) return
    queued = true
    queueMicrotask(pump)
  }

  function pump() {
    queued = false
    clearTimeout(wake)
    wake = undefined
    if (busy) return
    const now = Date.now()
    endGracePeriods(now)
    if (unavailable) return idle(Infinity)
    const plan = planPresenceCall({
      now,
      shown,
      lingering,
      held,
      stale,
      refused,
      maxBatchSize,
      maxSubscriptions,
      batchWindowMs,
    })
    if (plan.kind === 'wait') return idle(plan.until)
    const delay = Math.max(limiter.delay(now), retryAt - now)
    if (delay > 0) return sleepUntil(now + delay)
    send(plan, now)
  }

  /** Users released longer ago than the grace period are forgotten, and let go if subscribed. */
  function endGracePeriods(now: number) {
    for (const [userID, releasedAt] of lingering) {
      if (releasedAt + graceMs > now) continue
      lingering.delete(userID)
      known.delete(userID)
      refused.delete(userID)
      if (held.has(userID)) stale.set(userID, releasedAt + graceMs)
    }
  }

  /** Nothing to send: wakes for the next renewal, batch or grace end; stops listening when nothing is left. */
  function idle(until: number) {
    const graceEnds = Math.min(...[...lingering.values()].map((at) => at + graceMs))
    sleepUntil(Math.min(until, graceEnds))
    if (held.size === 0 && known.size === 0) {
      stopListening?.()
      stopListening = undefined
    }
  }

  /** Wakes at `at`, or looks again at the longest delay setTimeout keeps (it fires at once beyond). */
  function sleepUntil(at: number) {
    if (at === Infinity) return
    wake = setTimeout(pump, Math.min(MAX_TIMER_DELAY_MS, Math.max(0, at - Date.now())))
  }

  function send(plan: Exclude<PresencePlan, { kind: 'wait' }>, now: number) {
    limiter.record(now)
    busy = true
    const startedIn = session
    if (plan.kind === 'subscribe') listenToSource()
    const call = new Promise<unknown>((resolve) =>
      resolve(
        plan.kind === 'subscribe' ? source!.subscribe(plan.userIDs) : source!.unsubscribe(plan.userIDs),
      ),
    )
    withTimeout(call, timeoutMs, `presence ${plan.kind}`)
      .then(
        (answer) => startedIn === session && settled(plan, answer),
        (error: unknown) => startedIn === session && failed(plan, error),
      )
      .finally(() => {
        if (startedIn !== session) return
        busy = false
        schedule()
      })
  }

  function settled(plan: Exclude<PresencePlan, { kind: 'wait' }>, answer: unknown) {
    failures = 0
    retryAt = 0
    if (plan.kind === 'unsubscribe') return release(plan.userIDs)
    const renewAt = ttlMs ? Date.now() + ttlMs - renewEarlyMs : Infinity
    for (const userID of plan.userIDs) held.set(userID, renewAt)
    const asked = new Set(plan.userIDs)
    if (Array.isArray(answer)) {
      for (const item of answer as unknown[]) {
        if (isRecord(item) && asked.has(item.userID as string)) apply(item as unknown as UserPresence)
      }
    }
  }

  function failed(plan: Exclude<PresencePlan, { kind: 'wait' }>, reason: unknown) {
    // An unsubscribe that failed still ends our interest; the backend drops the rest with the session.
    if (plan.kind === 'unsubscribe') return release(plan.userIDs)
    const error = toProfileError(reason, 'Presence subscribe failed')
    if (error.code === 'permission_denied') return becomeUnavailable(error.message)
    if (error.retryable) {
      failures++
      retryAt = Date.now() + (error.retryAfterMs ?? Math.min(500 * 2 ** failures, MAX_RETRY_DELAY_MS))
      return
    }
    // Not worth asking again while shown; a renewal that failed is no longer counted on.
    for (const userID of plan.userIDs) {
      refused.add(userID)
      held.delete(userID)
    }
  }

  function release(userIDs: readonly string[]) {
    for (const userID of userIDs) {
      held.delete(userID)
      stale.delete(userID)
      // Cut by maxSubscriptions while still shown: what we knew is no longer kept current.
      const current = known.get(userID)
      if (current && current.state !== 'unknown') {
        known.set(userID, blankPresence(userID, 'unknown'))
        notify([userID])
      }
    }
  }

  function becomeUnavailable(reason: string) {
    unavailable = true
    if (!warned) {
      warned = true
      console.warn(`Profile Kit: presence is unavailable for this session (${reason}).`)
    }
    notify(listeners.keys())
  }

  function listenToSource() {
    if (stopListening) return
    try {
      const stop = source!.onChange(onChanges)
      stopListening = typeof stop === 'function' ? stop : () => undefined
    } catch {
      // No live changes this time; answers to subscribe still show.
      stopListening = () => undefined
    }
  }

  function reset() {
    session++
    busy = false
    held.clear()
    stale.clear()
    refused.clear()
    failures = 0
    retryAt = 0
    unavailable = false
    for (const userID of known.keys()) known.set(userID, blankPresence(userID, 'unknown'))
    notify(listeners.keys())
    schedule()
  }

  return { watch, get, listen, reset }
}

/** The manager of an adapter without presence: every user is `unavailable`, nothing is called. */
const unavailablePresence: PresenceManager = {
  watch: () => () => undefined,
  get: (userID) => blankPresence(userID, 'unavailable'),
  listen: () => () => undefined,
  reset: () => undefined,
}
