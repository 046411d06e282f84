import type { PresenceChange, PresenceSource, UserPresence } from '../adapter/PresenceSource'
import { ProfileError } from '../errors/ProfileError'
import { createRateLimiter } from '../presence/createRateLimiter'

/** How the memory adapter simulates presence (`createMemoryAdapter({ presence })`). */
export interface MemoryPresenceOptions {
  /** Users online at the start. Defaults to none. */
  online?: readonly string[]
  /** When offline users were last seen at the start (ms since epoch), by user ID. */
  lastSeenAt?: Readonly<Record<string, number>>
  /**
   * `false` simulates a backend with presence switched off (Tencent without the paid edition or
   * its console switch, error 72001): `subscribe` rejects with `permission_denied`. Defaults to `true`.
   */
  enabled?: boolean
  /** Most users per call; more is rejected as `invalid_argument`. Defaults to `100`. */
  maxBatchSize?: number
  /** Calls allowed per window; one more is rejected as `rate_limited`. Defaults to 20 per 5,000 ms (Tencent). */
  rateLimit?: { calls: number; perMs: number }
  /** Most users subscribed at once; more is rejected as `invalid_argument`. Defaults to `3000` (NetEase). */
  maxSubscriptions?: number
  /** Subscriptions end this long after they were made unless renewed (NetEase). Defaults to never. */
  ttlMs?: number
  /** Every `churnMs`, one random subscribed user goes on- or offline. Defaults to no churn. */
  churnMs?: number
}

/** One presence call the memory backend received, for tests, the demo's call log and the bench. */
export interface MemoryPresenceCall {
  /** Which method was called. */
  kind: 'subscribe' | 'unsubscribe'
  /** The user IDs it was given (the string ones). */
  userIDs: readonly string[]
  /** When it arrived (`Date.now()`). */
  at: number
}

/** The memory adapter's presence: a strict {@link PresenceSource} plus what it was asked. */
export interface MemoryPresence extends PresenceSource {
  /** Every call received, in order (also the rejected ones). */
  readonly calls: readonly MemoryPresenceCall[]
  /** The users subscribed now (unexpired), in subscription order. */
  subscribedUserIDs(): string[]
}

/** The memory presence plus the controls the memory adapter wraps. */
export interface MemoryPresenceBackend {
  source: MemoryPresence
  /** A user goes on- or offline (or publishes a status): subscribers of that user hear it. */
  set(userID: string, online: boolean, details?: { lastSeenAt?: number; customStatus?: string }): void
  /** The session ended: every subscription with it. */
  reset(): void
}

/**
 * The memory adapter's presence backend. As strict as the real ones, so the kit's queue is
 * exercised: batches over `maxBatchSize`, calls over the rate limit and subscriptions beyond
 * `maxSubscriptions` are rejected. Changes reach listeners asynchronously, as SDK events do, and
 * only for users subscribed (and not expired) at that moment.
 *
 * @internal Used by `createMemoryAdapter`.
 */
export function createMemoryPresence(
  options: MemoryPresenceOptions,
  network: (call: string) => Promise<void>,
  random: () => number,
): MemoryPresenceBackend {
  const maxBatchSize = options.maxBatchSize ?? 100
  const rateLimit = options.rateLimit ?? { calls: 20, perMs: 5_000 }
  const maxSubscriptions = options.maxSubscriptions ?? 3_000
  const limiter = createRateLimiter(rateLimit)
  const online = new Set(options.online ?? [])
  const status = new Map<string, { lastSeenAt: number; customStatus: string }>()
  for (const [userID, lastSeenAt] of Object.entries(options.lastSeenAt ?? {})) {
    status.set(userID, { lastSeenAt, customStatus: '' })
  }
  // Subscribed users and when their subscription ends (Infinity: never).
  const subscriptions = new Map<string, number>()
  const listeners = new Set<(changes: PresenceChange[]) => void>()
  const calls: MemoryPresenceCall[] = []
  let churn: ReturnType<typeof setInterval> | undefined

  const subscribedUserIDs = () => {
    const now = Date.now()
    return [...subscriptions].filter(([, until]) => until > now).map(([userID]) => userID)
  }
  const presenceOf = (userID: string): UserPresence => ({
    userID,
    online: online.has(userID),
    lastSeenAt: status.get(userID)?.lastSeenAt ?? 0,
    customStatus: status.get(userID)?.customStatus ?? '',
  })

  /** Records the call and rejects what the backend would reject, before any latency. */
  function receive(kind: MemoryPresenceCall['kind'], userIDs: unknown): string[] {
    const now = Date.now()
    const ids = Array.isArray(userIDs) ? userIDs.filter((id): id is string => typeof id === 'string') : []
    calls.push({ kind, userIDs: ids, at: now })
    if (ids.length === 0 || ids.length !== (userIDs as unknown[]).length || ids.length > maxBatchSize) {
      throw new ProfileError(
        'invalid_argument',
        `presence ${kind} takes 1 to ${maxBatchSize} user IDs per call, got ${ids.length}.`,
        { field: 'userIDs' },
      )
    }
    const wait = limiter.delay(now)
    if (wait > 0) {
      throw new ProfileError(
        'rate_limited',
        `presence ${kind}: more than ${rateLimit.calls} calls in ${rateLimit.perMs} ms.`,
        { retryAfterMs: wait },
      )
    }
    limiter.record(now)
    return ids
  }

  function emit(changes: PresenceChange[]) {
    for (const listener of listeners) {
      queueMicrotask(() => {
        if (!listeners.has(listener)) return
        const live = new Set(subscribedUserIDs())
        const heard = changes.filter((change) => live.has(change.userID))
        if (heard.length > 0) listener(heard)
      })
    }
  }

  function set(
    userID: string,
    isOnline: boolean,
    details: { lastSeenAt?: number; customStatus?: string } = {},
  ) {
    const previous = status.get(userID)
    const lastSeenAt = isOnline ? (previous?.lastSeenAt ?? 0) : (details.lastSeenAt ?? Date.now())
    const customStatus = details.customStatus ?? previous?.customStatus ?? ''
    status.set(userID, { lastSeenAt, customStatus })
    if (isOnline) online.add(userID)
    else online.delete(userID)
    emit([presenceOf(userID)])
  }

  /** Runs the simulated churn only while someone is subscribed, so no timer outlives its use. */
  function updateChurn() {
    const wanted = options.churnMs !== undefined && options.churnMs > 0 && subscriptions.size > 0
    if (wanted && !churn) {
      churn = setInterval(() => {
        const users = subscribedUserIDs()
        if (users.length === 0) return updateChurn()
        const userID = users[Math.floor(random() * users.length)]!
        set(userID, !online.has(userID))
      }, options.churnMs)
    } else if (!wanted && churn) {
      clearInterval(churn)
      churn = undefined
    }
  }

  const source: MemoryPresence = {
    maxBatchSize,
    rateLimit,
    maxSubscriptions,
    ...(options.ttlMs ? { ttlMs: options.ttlMs } : {}),
    calls,
    subscribedUserIDs,
    async subscribe(userIDs) {
      const ids = receive('subscribe', userIDs)
      await network('presence.subscribe')
      if (options.enabled === false) {
        throw new ProfileError('permission_denied', 'Presence is switched off for this app (simulated).', {
          vendorCode: 'memory',
        })
      }
      const live = new Set(subscribedUserIDs())
      const added = ids.filter((id) => !live.has(id)).length
      if (live.size + added > maxSubscriptions) {
        throw new ProfileError(
          'invalid_argument',
          `presence subscribe would hold ${live.size + added} users; at most ${maxSubscriptions}.`,
          { field: 'userIDs' },
        )
      }
      const until = options.ttlMs ? Date.now() + options.ttlMs : Infinity
      for (const id of ids) subscriptions.set(id, until)
      updateChurn()
      return ids.map(presenceOf)
    },
    async unsubscribe(userIDs) {
      const ids = receive('unsubscribe', userIDs)
      await network('presence.unsubscribe')
      for (const id of ids) subscriptions.delete(id)
      updateChurn()
    },
    onChange(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  }

  return {
    source,
    set,
    reset() {
      subscriptions.clear()
      updateChurn()
    },
  }
}
