import { ProfileError, toProfileError } from '../errors/ProfileError'
import { describeValue } from '../model/describeValue'
import type { Profile } from '../model/profile'
import { DEFAULT_MAX_BATCH_SIZE } from '../model/schema'
import { callWithRetry, type CallWithRetryOptions } from './callWithRetry'
import { matchProfiles } from './matchProfiles'
import { resolveRetryOptions, type RetryOptions } from './RetryOptions'

/** Options of {@link createProfileLoader}. */
export interface ProfileLoaderOptions {
  /** Fetches one batch; normally `(ids) => adapter.getUserProfiles(ids)`. Any answer shape is checked. */
  fetch: (userIDs: string[]) => Promise<unknown>
  /** Most IDs per `fetch` call. Defaults to `100`. */
  maxBatchSize?: number
  /**
   * How long requests are collected before fetching. Defaults to `0`: requests made in the same
   * task are merged; a larger window merges requests spread over that many milliseconds.
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
  /** One profile, or `null` when the backend does not know the user. Rejects with a `ProfileError`. */
  load(userID: string): Promise<Profile | null>
  /** Profiles in input order, `null` for unknown users. Rejects when any of them fails. */
  loadMany(userIDs: readonly string[]): Promise<Array<Profile | null>>
}

interface Waiter {
  promise: Promise<Profile | null>
  resolve: (profile: Profile | null) => void
  reject: (error: unknown) => void
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
  const settings = resolveLoaderOptions(options)
  /** IDs waiting for the window to close, in request order. */
  let pending = new Map<string, Waiter>()
  /** IDs whose batch has been dispatched and not settled yet. */
  const inFlight = new Map<string, Waiter>()
  let windowOpen = false

  function load(userID: string): Promise<Profile | null> {
    if (typeof userID !== 'string' || userID.trim() === '') {
      return Promise.reject(invalidID('userID', userID))
    }
    const known = pending.get(userID) ?? inFlight.get(userID)
    if (known) return known.promise
    const waiter = createWaiter()
    pending.set(userID, waiter)
    if (!windowOpen) {
      windowOpen = true
      setTimeout(dispatch, settings.windowMs)
    }
    return waiter.promise
  }

  function dispatch(): void {
    const batch = pending
    pending = new Map()
    windowOpen = false
    for (const [userID, waiter] of batch) inFlight.set(userID, waiter)
    const ids = [...batch.keys()]
    for (let start = 0; start < ids.length; start += settings.maxBatchSize) {
      void runBatch(ids.slice(start, start + settings.maxBatchSize), batch)
    }
  }

  async function runBatch(ids: string[], waiters: ReadonlyMap<string, Waiter>): Promise<void> {
    try {
      settings.onBatch?.([...ids])
      const requested = new Set(ids)
      // Not async: a synchronous throw from fetch must reach callWithRetry as one, for its hint.
      const attempt = () =>
        Promise.resolve(options.fetch([...ids])).then((answer) => matchProfiles(answer, requested))
      const found = await callWithRetry(attempt, settings.call)
      settle(ids, waiters, (waiter, id) => waiter.resolve(found.get(id) ?? null))
    } catch (error) {
      // A whole batch failed: every waiter hears it, and nothing is kept, so a later load retries.
      const failure = toProfileError(error, 'createProfileLoader: onBatch threw')
      settle(ids, waiters, (waiter) => waiter.reject(failure))
    }
  }

  function settle(
    ids: string[],
    waiters: ReadonlyMap<string, Waiter>,
    finish: (waiter: Waiter, id: string) => void,
  ) {
    // Forget the IDs first, so a waiter that loads again from its callback starts a new request.
    for (const id of ids) inFlight.delete(id)
    for (const id of ids) finish(waiters.get(id) as Waiter, id)
  }

  function loadMany(userIDs: readonly string[]): Promise<Array<Profile | null>> {
    if (!Array.isArray(userIDs))
      return Promise.reject(invalidID('userIDs', userIDs, 'must be an array of user IDs'))
    const bad = userIDs.findIndex((id: unknown) => typeof id !== 'string' || id.trim() === '')
    if (bad !== -1) return Promise.reject(invalidID(`userIDs[${bad}]`, userIDs[bad]))
    return Promise.all(userIDs.map(load))
  }

  return { load, loadMany }
}

function createWaiter(): Waiter {
  let resolve!: Waiter['resolve']
  let reject!: Waiter['reject']
  const promise = new Promise<Profile | null>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

function invalidID(field: string, value: unknown, rule = 'user IDs must be non-empty strings'): ProfileError {
  return new ProfileError('invalid_argument', `loader: ${field} is ${describeValue(value)}; ${rule}.`, {
    field,
  })
}

function resolveLoaderOptions(options: ProfileLoaderOptions) {
  if (typeof options?.fetch !== 'function') {
    throw new ProfileError(
      'invalid_argument',
      'createProfileLoader needs a fetch function, e.g. fetch: (ids) => adapter.getUserProfiles(ids).',
      { field: 'fetch' },
    )
  }
  const maxBatchSize = options.maxBatchSize ?? DEFAULT_MAX_BATCH_SIZE
  if (!Number.isInteger(maxBatchSize) || maxBatchSize < 1) {
    throw optionError('maxBatchSize', maxBatchSize, 'a whole number >= 1')
  }
  const windowMs = options.windowMs ?? 0
  if (typeof windowMs !== 'number' || !Number.isFinite(windowMs) || windowMs < 0) {
    throw optionError('windowMs', windowMs, 'a finite number >= 0')
  }
  const timeoutMs = options.timeoutMs
  if (timeoutMs !== undefined && !(typeof timeoutMs === 'number' && timeoutMs >= 0)) {
    throw optionError('timeoutMs', timeoutMs, 'a number >= 0 (0 or Infinity: no timeout)')
  }
  // Validate now, so a bad option fails at creation rather than on the first load.
  resolveRetryOptions(options.retry)
  const call: CallWithRetryOptions = { label: 'getUserProfiles', retry: options.retry, timeoutMs }
  return { maxBatchSize, windowMs, call, onBatch: options.onBatch }
}

function optionError(field: string, value: unknown, rule: string): ProfileError {
  return new ProfileError(
    'invalid_argument',
    `createProfileLoader: ${field} must be ${rule}, got ${describeValue(value)}.`,
    {
      field,
    },
  )
}
