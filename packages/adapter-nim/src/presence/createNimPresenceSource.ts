import type { PresenceSource } from '@profile-kit/core/vanilla'
import { createNimClientTracker, type NimClientStatus } from './createNimClientTracker'
import { DEFAULT_PRESENCE_DURATION_SECONDS, nimPresenceLimits } from './nimPresenceLimits'

/** How one NetEase SDK subscribes and reports statuses; the rest is {@link createNimPresenceSource}'s. */
export interface NimPresenceWire {
  /** Subscribes for `durationSeconds`, asking the server to send the current statuses at once. */
  subscribe(userIDs: string[], durationSeconds: number): Promise<unknown>
  unsubscribe(userIDs: string[]): Promise<unknown>
  /** Hears the SDK's status pushes, as client statuses; returns the function that stops. */
  listen(handler: (statuses: NimClientStatus[]) => void): () => void
}

/**
 * The presence both NetEase SDKs share: 100 accounts a call, 3,000 in all, renewal after
 * `durationSeconds`; subscribing answers nothing (the statuses follow as pushes; accounts the server
 * refused stay unknown); an empty unsubscribe sends nothing (the SDKs would drop every
 * subscription); pushes become changes through the per-client tracker.
 *
 * @throws {ProfileError} `invalid_argument` when `durationSeconds` is outside 60 to 2,592,000.
 */
export function createNimPresenceSource(
  wire: NimPresenceWire,
  durationSeconds = DEFAULT_PRESENCE_DURATION_SECONDS,
): PresenceSource {
  const limits = nimPresenceLimits(durationSeconds)
  const clients = createNimClientTracker()
  return {
    ...limits,
    async subscribe(userIDs) {
      await wire.subscribe(userIDs, durationSeconds)
      return []
    },
    async unsubscribe(userIDs) {
      if (userIDs.length === 0) return
      await wire.unsubscribe(userIDs)
      clients.forget(userIDs)
    },
    onChange(listener) {
      return wire.listen((statuses) => {
        const changes = statuses.flatMap((status) => clients.apply(status) ?? [])
        if (changes.length > 0) listener(changes)
      })
    },
  }
}
