import type { ProfileAdapter } from '../adapter/ProfileAdapter'
import type { ProfilePatch } from '../model/profile'

/**
 * One fresh adapter, and what the conformance checks need to know about its backend. Every check
 * creates its own fixture, so checks never see each other's changes.
 *
 * @example
 * ```ts
 * const createFixture = (): ConformanceFixture => {
 *   const adapter = createMemoryAdapter({ me: { userID: 'me' }, profiles: [{ userID: 'a' }, { userID: 'b' }] })
 *   return {
 *     adapter,
 *     myUserID: 'me',
 *     knownUserIDs: ['me', 'a', 'b'],
 *     unknownUserID: 'nobody',
 *     simulateRemoteChange: (userID, patch) => void adapter.simulateRemoteChange(userID, patch),
 *     customFieldKey: 'team',
 *   }
 * }
 * ```
 */
export interface ConformanceFixture {
  /** The adapter under test, signed in as `myUserID`. */
  adapter: ProfileAdapter
  /** The signed-in user. */
  myUserID: string
  /** At least 3 users the backend knows (may include `myUserID`). */
  knownUserIDs: string[]
  /** A user the backend does not know. */
  unknownUserID: string
  /**
   * Makes another device change a user, if the backend double can. Checks that need it are
   * skipped without it.
   */
  simulateRemoteChange?(userID: string, patch: ProfilePatch): void | Promise<void>
  /**
   * Makes a user (one of `knownUserIDs`, not me) go on- or offline on the backend, if the double
   * can, for the presence checks; those that need it are skipped without it.
   */
  simulatePresence?(userID: string, online: boolean): void | Promise<void>
  /** A custom field key the backend accepts, for the custom-field checks; skipped without it. */
  customFieldKey?: string
  /** How long to wait for an expected change event, in milliseconds. Defaults to `2000`. */
  eventTimeoutMs?: number
  /** Called after each check, to close connections or stop timers of the backend double. */
  dispose?(): void | Promise<void>
}
