import type { Profile } from '../model/profile'
import { createBatchLoader } from './createBatchLoader'
import { matchProfiles } from './matchProfiles'
import type { RetryOptions } from './options'

/** Options of {@link createProfileLoader}. */
export interface ProfileLoaderOptions {
  /** Fetches one batch; normally `(ids) => adapter.getUserProfiles(ids)`. Any answer shape is checked. */
  fetch: (userIDs: string[]) => Promise<unknown>
  /** Most IDs per `fetch` call. Defaults to `100`. */
  maxBatchSize?: number
  /**
   * How long a batch collects requests after its first one. Defaults to `0`: requests made in the
   * same task are merged; a larger window merges requests spread over that many milliseconds. A
   * batch that fills up (`maxBatchSize`) is sent at once, so a steady stream makes full batches.
   */
  windowMs?: number
  /** Retries of `network` and `rate_limited` failures, per batch. Defaults: 3 retries, 500 ms doubling to 8000 ms. */
  retry?: RetryOptions
  /** A `fetch` that has not settled after this long fails as a retryable `network` error. Defaults to `20000`. */
  timeoutMs?: number
  /** Called once per batch, before its first attempt, with the IDs it fetches (instrumentation). */
  onBatch?: (userIDs: string[]) => void
}

/** Loads profiles by ID, merging concurrent requests into few `fetch` calls. */
export interface ProfileLoader {
  /**
   * One profile, or `null` when the backend does not know the user. Rejects with a `ProfileError`,
   * or with `signal.reason` once `signal` aborts. When every waiter of an ID passed a signal and all
   * of them aborted before its batch was sent, the ID leaves the batch (a batch left empty makes no call).
   */
  load(userID: string, signal?: AbortSignal): Promise<Profile | null>
  /** Profiles in input order, `null` for unknown users. Rejects when any of them fails. */
  loadMany(userIDs: readonly string[]): Promise<Array<Profile | null>>
  /**
   * The answer of the request already sent for `userID`, or `undefined` when its batch has not been
   * sent yet or the request is over (forgotten once answered): a waiter that aborted after the batch
   * left can still use the answer (the engine caches it with `dropUnwatched`) instead of fetching again.
   */
  inFlight(userID: string): Promise<Profile | null> | undefined
  /** The session changed: later loads never join a request made before (its answer is the old session's). */
  reset(): void
}

/**
 * Creates a loader that turns profile requests into as few `fetch` calls as the backend allows:
 * the IDs requested within one window become `ceil(U / maxBatchSize)` calls for `U` unique IDs; an
 * ID already waiting or in flight shares that request; answers are matched by `userID` in any
 * order; a retried batch stays one call per attempt. The loader caches nothing once a batch has
 * settled (the query cache does): a later `load` fetches again. Create one per provider.
 *
 * @example
 * ```ts
 * const loader = createProfileLoader({
 *   fetch: (ids) => adapter.getUserProfiles(ids),
 *   maxBatchSize: adapter.schema?.maxBatchSize,
 * })
 * const [alice, ghost] = await loader.loadMany(['alice', 'no-such-user']) // ghost === null
 * ```
 */
export function createProfileLoader(options: ProfileLoaderOptions): ProfileLoader {
  return createBatchLoader({ ...options, label: 'getUserProfiles', match: matchProfiles })
}
