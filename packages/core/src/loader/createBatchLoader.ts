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
  /** One item, or `null` when the answer left the user out. Rejects with a `ProfileError`. */
  load(userID: string): Promise<T | null>
  /** Items in input order, `null` for users left out. Rejects when any of them fails. */
  loadMany(userIDs: readonly string[]): Promise<Array<T | null>>
}

/**
 * The batching behind {@link createProfileLoader}, for anything fetched per user in batches
 * (profiles, remarks): the IDs requested within one window become `ceil(U / maxBatchSize)` calls;
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
  const known = new Map<string, Promise<T | null>>()
  /** The batches of the open window, in request order; empty while no window is open. */
  let openBatches: Batch<T>[] = []
  /** Settles when the open window closes; its batches are fetched right after. */
  let windowClosed: Promise<void>

  function load(userID: string): Promise<T | null> {
    if (!isUserID(userID)) return Promise.reject(invalidArgument('userID', userID, ID_RULE))
    let entry = known.get(userID)
    if (!entry) {
      const batch = batchWithRoom()
      batch.userIDs.push(userID)
      entry = batch.found.then((found) => found.get(userID) ?? null)
      known.set(userID, entry)
    }
    return entry
  }

  /** The open window's last batch while it has room for one more ID, else a new batch (and window). */
  function batchWithRoom(): Batch<T> {
    if (!openBatches.length) {
      windowClosed = new Promise<void>((resolve) => setTimeout(resolve, windowMs)).then(() => {
        // Closed before any fetch starts: a load made by fetch or onBatch opens the next window.
        openBatches = []
      })
    }
    const last = openBatches.at(-1)
    if (last && last.userIDs.length < maxBatchSize) return last
    const userIDs: string[] = []
    const batch: Batch<T> = { userIDs, found: windowClosed.then(() => fetchBatch(userIDs)) }
    openBatches.push(batch)
    return batch
  }

  async function fetchBatch(ids: string[]): Promise<Map<string, T>> {
    const requested = new Set(ids)
    try {
      options.onBatch?.(ids)
      // A fresh array per attempt: a retry sends the same IDs whatever fetch did with the last one.
      return options.match(await callWithRetry(() => options.fetch([...requested]), call), requested)
    } catch (error) {
      // A whole batch failed: every waiter hears it (only onBatch throws anything but a ProfileError).
      throw toProfileError(error, 'onBatch threw')
    } finally {
      // Forgotten before any waiter hears the outcome, so a load from its callback fetches again.
      for (const id of requested) known.delete(id)
    }
  }

  async function loadMany(userIDs: readonly string[]): Promise<Array<T | null>> {
    if (!Array.isArray(userIDs)) throw invalidArgument('userIDs', userIDs, 'an array of user IDs')
    // Checked before any load, so a list with a bad ID fetches nothing.
    const bad = userIDs.findIndex((id) => !isUserID(id))
    if (bad >= 0) throw invalidArgument(`userIDs[${bad}]`, userIDs[bad], ID_RULE)
    return Promise.all(userIDs.map(load))
  }

  return { load, loadMany }
}

const ID_RULE = 'a non-empty string'

/**
 * Up to `maxBatchSize` IDs requested while one window was open, loaded by one `fetch` call once
 * it closes (DataLoader's batch, without a cache: the query cache keeps the items).
 */
interface Batch<T> {
  /** The IDs, in request order; complete once the window has closed. */
  userIDs: string[]
  /** The items the fetch found, by user ID; rejects when the whole batch failed. */
  found: Promise<Map<string, T>>
}
