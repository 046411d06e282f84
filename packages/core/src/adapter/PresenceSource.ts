/** Whether a user is online, as the backend last said. */
export interface UserPresence {
  userID: string
  online: boolean
  /** When the user went offline (ms since epoch), where the backend tells; `0` when unknown. */
  lastSeenAt: number
  /** A custom status the user published (NetEase custom types, Tencent's `customStatus`); `''` when none. */
  customStatus: string
}

/** A presence change pushed by the backend; fields it did not carry keep their last value. */
export type PresenceChange = Partial<UserPresence> & { userID: string }

/**
 * A backend's presence subscriptions. The kit reference-counts users across every component that
 * shows them, batches calls to `maxBatchSize`, queues them under `rateLimit`, renews before
 * `ttlMs` runs out and unsubscribes users nothing has shown for a grace period.
 */
export interface PresenceSource {
  /** Most user IDs per `subscribe` / `unsubscribe` call (Tencent and NetEase: 100). */
  maxBatchSize: number
  /** At most `calls` calls per `perMs` (e.g. 10 per 5,000 ms). The kit waits rather than exceed it. */
  rateLimit?: { calls: number; perMs: number }
  /** Most users subscribed at once (NetEase: 3,000). */
  maxSubscriptions?: number
  /** How long a subscription lasts before it must be renewed (NetEase); absent: until unsubscribed. */
  ttlMs?: number
  /**
   * Subscribes to these users (also to renew them) and resolves what is known of them now (possibly
   * nothing; then changes arrive by `onChange`). Reject with a `permission_denied` `ProfileError`
   * when the backend has presence switched off (Tencent 72001): the kit then reports presence as
   * unavailable, once, instead of an error on every avatar.
   */
  subscribe(userIDs: string[]): Promise<UserPresence[]>
  unsubscribe(userIDs: string[]): Promise<void>
  /** Live changes. Returns the function that stops listening. */
  onChange(listener: (changes: PresenceChange[]) => void): () => void
}
