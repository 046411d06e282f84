import { toProfileError } from '../errors/ProfileError'
import { invalidArgument } from '../errors/invalidArgument'
import { isUserID } from '../model/guards'
import { DEFAULT_MAX_BATCH_SIZE } from '../model/schema'
import { callWithRetry, resolveTimeout } from './callWithRetry'
import { numberOption, resolveRetryOptions, type RetryOptions } from './options'

/** Options of {@link createBatchLoader}: the profile loader's, plus how to read an answer. */
export interface BatchLoaderOptions<T> {
  /** Names the fetch in error messages, e.g. `'getUserProfiles'`. */
  label: string
  /** Fetches one batch. Any answer shape: `match` checks it. */
  fetch: (userIDs: string[]) => Promise<unknown>
  /**
   * Reads one answer: the found items by user ID, only for `requested` IDs (an ID left out was
   * not found). Throws a `ProfileError` when the answer as a whole is unusable.
   */
  match: (answer: unknown, requested: ReadonlySet<string>) => Map<string, T>
  maxBatchSize?: number
  windowMs?: number
  retry?: RetryOptions
  timeoutMs?: number
  onBatch?: (userIDs: string[]) => void
}

/** Loads per-user items by ID, merging concurrent requests into few `fetch` calls. */
export interface BatchLoader<T> {
  /**
   * One item, or `null` when the answer left the user out. Rejects with a `ProfileError`, or with
   * `signal.reason` once `signal` aborts. When every waiter of an ID passed a signal and all of them
   * aborted before its batch was sent, the ID leaves the batch (a batch left empty makes no call).
   */
  load(userID: string, signal?: AbortSignal): Promise<T | null>
  /** Items in input order, `null` for users left out. Rejects when any of them fails. */
  loadMany(userIDs: readonly string[]): Promise<Array<T | null>>
  /**
   * The answer of the request already sent for `userID` (what `load` resolves to), or `undefined`
   * when its batch has not been sent yet or the request is over (forgotten once answered). Lets a
   * waiter who aborted after the batch left still use the answer instead of fetching again.
   */
  inFlight(userID: string): Promise<T | null> | undefined
  /**
   * The session changed: later loads never join a request made before (its answer belongs to the
   * old session). Requests already made still settle for those who wait on them.
   */
  reset(): void
}

/**
 * The batching behind {@link createProfileLoader}, for anything fetched per user in batches
 * (profiles, remarks): the IDs requested within one window become `ceil(U / maxBatchSize)` calls
 * (each batch's window opens with its first ID, and a full batch leaves at once);
 * an ID already waiting or in flight shares that request; a retried batch stays one call per
 * attempt. Caches nothing once a batch has settled (the query cache does).
 *
 * @example
 * ```ts
 * const remarks = createBatchLoader({ label: 'getRemarks', fetch: (ids) => source.getRemarks(ids), match: matchRemarks })
 * ```
 * @internal
 */
export function createBatchLoader<T>(options: BatchLoaderOptions<T>): BatchLoader<T> {
  if (typeof options?.fetch !== 'function') throw invalidArgument('fetch', options?.fetch, 'a function')
  const maxBatchSize = numberOption('maxBatchSize', options.maxBatchSize, {
    fallback: DEFAULT_MAX_BATCH_SIZE,
    min: 1,
    whole: true,
  })
  const windowMs = numberOption('windowMs', options.windowMs, { fallback: 0 })
  // Resolved now, so a bad option fails at creation rather than on the first load.
  const call = {
    label: options.label,
    retry: resolveRetryOptions(options.retry),
    timeoutMs: resolveTimeout(options.timeoutMs),
  }
  /** The request of every ID waiting for its window to close or for its batch to settle. */
  const known = new Map<string, Request<T>>()
  /** The batch collecting IDs, until it is full or its window closes. */
  let open: Batch<T> | undefined
  /** Without a window, the batches of one task share one timer, so they are fetched together. */
  let sameTask: Promise<void> | undefined
  const windowOfNewBatch = () =>
    windowMs > 0 ? delay(windowMs) : (sameTask ??= delay(0).then(() => void (sameTask = undefined)))

  function load(userID: string, signal?: AbortSignal): Promise<T | null> {
    if (!isUserID(userID)) return Promise.reject(invalidArgument('userID', userID, ID_RULE))
    let request = known.get(userID)
    if (!request) {
      const batch = batchWithRoom()
      batch.userIDs.push(userID)
      const found = batch.found.then((items) => items.get(userID) ?? null)
      request = { batch, found, waiters: 0 }
      known.set(userID, request)
      // A batch that is full has nothing more to wait for (same-task batches leave together anyway).
      if (windowMs > 0 && batch.userIDs.length === maxBatchSize) batch.leave()
    }
    // A waiter without a signal never leaves: the count never drops back to zero.
    request.waiters++
    return signal ? waitUnlessAborted(userID, request, signal) : request.found
  }

  /**
   * The request's item for one waiter who may stop waiting: once every waiter with a signal has
   * aborted and none without one waits, the ID leaves its batch if the batch has not been sent.
   */
  function waitUnlessAborted(userID: string, request: Request<T>, signal: AbortSignal) {
    return new Promise<T | null>((resolve, reject) => {
      const abort = () => {
        reject(signal.reason)
        if (--request.waiters > 0 || request.batch.sent) return
        const ids = request.batch.userIDs
        ids.splice(ids.indexOf(userID), 1)
        known.delete(userID)
      }
      // After the answer, an abort only rejects a settled promise: the batch was sent.
      if (signal.aborted) abort()
      else signal.addEventListener('abort', abort, { once: true })
      // Once settled, an abort changes nothing: a long-lived signal keeps no listener per load.
      const stopListening = () => signal.removeEventListener('abort', abort)
      request.found.then(stopListening, stopListening)
      request.found.then(resolve, reject)
    })
  }

  /**
   * The open batch while it has room for one more ID, else a new one. Each batch's window opens with
   * its first ID: in a steady stream of requests (a scrolling list) batches fill and leave full.
   */
  function batchWithRoom(): Batch<T> {
    if (open && open.userIDs.length < maxBatchSize) return open
    let leave = () => {}
    const left = new Promise<void>((resolve) => (leave = resolve))
    const windowClosed = windowOfNewBatch().then(() => {
      batch.windowOver = true
    })
    const batch: Batch<T> = {
      userIDs: [],
      sent: false,
      windowOver: false,
      windowClosed,
      leave,
      found: Promise.race([windowClosed, left]).then(() => {
        // Closed before the fetch starts: a load made by fetch or onBatch opens the next batch.
        if (open === batch) open = undefined
        return fetchBatch(batch)
      }),
    }
    open = batch
    return batch
  }

  async function fetchBatch(batch: Batch<T>): Promise<Map<string, T>> {
    batch.sent = true
    const requested = new Set(batch.userIDs)
    try {
      // Every requester of every ID stopped waiting before the batch left: nothing to ask.
      if (requested.size === 0) return new Map()
      options.onBatch?.([...requested])
      // A fresh array per attempt: a retry sends the same IDs whatever fetch did with the last one.
      return options.match(await callWithRetry(() => options.fetch([...requested]), call), requested)
    } catch (error) {
      // A whole batch failed: every waiter hears it (only onBatch throws anything but a ProfileError).
      throw toProfileError(error, 'onBatch threw')
    } finally {
      // Forgotten before any waiter hears the outcome, so a load from its callback fetches again;
      // a batch that left early (full) is forgotten when its window closes: one window, one fetch per ID.
      const forget = () => requested.forEach((id) => known.get(id)?.batch === batch && known.delete(id))
      if (batch.windowOver) forget()
      else void batch.windowClosed.then(forget)
    }
  }

  function inFlight(userID: string): Promise<T | null> | undefined {
    const request = known.get(userID)
    return request?.batch.sent ? request.found : undefined
  }

  async function loadMany(userIDs: readonly string[]): Promise<Array<T | null>> {
    if (!Array.isArray(userIDs)) throw invalidArgument('userIDs', userIDs, 'an array of user IDs')
    // Checked before any load, so a list with a bad ID fetches nothing.
    const bad = userIDs.findIndex((id) => !isUserID(id))
    if (bad >= 0) throw invalidArgument(`userIDs[${bad}]`, userIDs[bad], ID_RULE)
    return Promise.all(userIDs.map((id) => load(id)))
  }

  function reset() {
    known.clear()
    open = undefined
  }

  return { load, loadMany, inFlight, reset }
}

const ID_RULE = 'a non-empty string'

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Up to `maxBatchSize` IDs requested within `windowMs` of its first, loaded by one `fetch` call once
 * its window closes or it is full (DataLoader's batch, without a cache: the query cache keeps the items).
 */
interface Batch<T> {
  /** The IDs, in request order; complete once the batch is sent. */
  userIDs: string[]
  /** `true` once the fetch started: an ID can no longer leave the batch. */
  sent: boolean
  /** Settles `windowMs` after the batch's first ID; `windowOver` is then `true`. */
  windowClosed: Promise<void>
  windowOver: boolean
  /** Sends the batch before its window closes (it is full). */
  leave: () => void
  /** The items the fetch found, by user ID; rejects when the whole batch failed. */
  found: Promise<Map<string, T>>
}

/** One ID's place in a batch, shared by everyone waiting for it. */
interface Request<T> {
  batch: Batch<T>
  found: Promise<T | null>
  /** Waiters that have not aborted (one without a signal never does). */
  waiters: number
}
