/** Everything the presence manager knows when it decides what to send next. */
export interface PresencePlanInput {
  now: number
  /** Users something shows now, with when each was last shown. */
  shown: ReadonlyMap<string, number>
  /** Users nothing shows any more, still in their grace period, with when they were released. */
  lingering: ReadonlyMap<string, number>
  /** Users subscribed at the backend, with when each must be renewed (`Infinity`: never). */
  held: ReadonlyMap<string, number>
  /** Users whose grace period ended while subscribed, with when it ended. */
  stale: ReadonlyMap<string, number>
  /** Users the backend refused (not to be asked again until shown anew). */
  refused: ReadonlySet<string>
  maxBatchSize: number
  maxSubscriptions: number
  /** A batch that is not full waits this long for more users, so one scroll gesture is one call. */
  batchWindowMs: number
}

/** The next call to make, or when to look again. */
export type PresencePlan =
  { kind: 'subscribe' | 'unsubscribe'; userIDs: string[] } | { kind: 'wait'; until: number }

/**
 * Decides the next presence call: renewals that are due, then users shown but not subscribed
 * (most recently shown first, as many as `maxSubscriptions` leaves room for), then users to let
 * go (released ones whose grace ended, and the least recently shown beyond `maxSubscriptions`).
 * A batch that is not full waits until its oldest user has waited `batchWindowMs`.
 *
 * @internal Used by the presence manager; pure, so its rules are tested without timers.
 */
export function planPresenceCall(input: PresencePlanInput): PresencePlan {
  const { now, held, maxBatchSize, batchWindowMs } = input
  const keep = usersToKeep(input)
  let wakeAt = Infinity
  const due: string[] = []
  for (const [userID, renewAt] of held) {
    if (!keep.has(userID)) continue
    if (renewAt <= now) due.push(userID)
    else wakeAt = Math.min(wakeAt, renewAt)
  }
  const room = Math.max(0, input.maxSubscriptions - held.size)
  const fresh = [...input.shown]
    .filter(([userID]) => keep.has(userID) && !held.has(userID) && !input.refused.has(userID))
    .sort((a, b) => b[1] - a[1])
  const subscribe = [...due, ...fresh.slice(0, room).map(([userID]) => userID)].slice(0, maxBatchSize)
  if (subscribe.length > 0) {
    const oldest = due.length > 0 ? -Infinity : Math.min(...fresh.slice(0, room).map(([, at]) => at))
    const ready = subscribe.length >= maxBatchSize || oldest + batchWindowMs <= now
    if (ready) return { kind: 'subscribe', userIDs: subscribe }
    wakeAt = Math.min(wakeAt, oldest + batchWindowMs)
  }
  const release = [...held.keys()].filter((userID) => !keep.has(userID))
  if (release.length > 0) {
    // Users cut by `maxSubscriptions` have no stale time: they go at once.
    const since = release.map((userID) => input.stale.get(userID) ?? -Infinity)
    const oldest = Math.min(...since)
    // Making room for users on screen cannot wait for a fuller batch.
    const needRoom = fresh.length > 0 && room === 0
    if (needRoom || release.length >= maxBatchSize || oldest + batchWindowMs <= now) {
      return { kind: 'unsubscribe', userIDs: release.slice(0, maxBatchSize) }
    }
    wakeAt = Math.min(wakeAt, oldest + batchWindowMs)
  }
  return { kind: 'wait', until: wakeAt }
}

/**
 * The users worth a subscription: everyone shown and every subscribed user lingering in the grace
 * period, cut to `maxSubscriptions` by recency (users on screen before lingering ones).
 */
function usersToKeep(input: PresencePlanInput): Set<string> {
  const { shown, maxSubscriptions } = input
  const lingering = new Map([...input.lingering].filter(([userID]) => input.held.has(userID)))
  if (shown.size + lingering.size <= maxSubscriptions) {
    return new Set([...shown.keys(), ...lingering.keys()])
  }
  const byRecency = (a: [string, number], b: [string, number]) => b[1] - a[1]
  const ranked = [...[...shown].sort(byRecency), ...[...lingering].sort(byRecency)]
  return new Set(ranked.slice(0, maxSubscriptions).map(([userID]) => userID))
}
