import type { QueryClient } from '@tanstack/query-core'
import type { RemarkSource } from '../adapter/RemarkSource'
import { ProfileError } from '../errors/ProfileError'
import { invalidArgument } from '../errors/invalidArgument'
import { callWithRetry } from '../loader/callWithRetry'
import { createBatchLoader } from '../loader/createBatchLoader'
import { matchRemarks } from '../loader/matchRemarks'
import type { RetryOptions } from '../loader/options'
import { isUserID } from '../model/guards'
import { readRemarkChange } from '../model/readRemarkChange'
import { utf8ByteLength } from '../validation/textLength'

/**
 * What the backend lets me do with remarks, for hooks and components (`ProfileClient.remarkRules`).
 *
 * @example
 * ```ts
 * if (client.remarkRules.editable) showRenameButton()
 * ```
 */
export interface RemarkRules {
  /** The adapter has `remarks`: remark entries load. */
  readonly supported: boolean
  /** The adapter can set remarks (`remarks.setRemark`), for friends only. */
  readonly editable: boolean
  /** Longest remark the backend keeps, in UTF-16 units; `undefined` when it does not say. */
  readonly maxLength: number | undefined
  /** Longest remark the backend keeps, in UTF-8 bytes; `undefined` when it does not say. */
  readonly maxBytes: number | undefined
}

/** What the engine gives the remark cache: its keys, options and session guard. */
export interface RemarkCacheContext {
  source: RemarkSource | undefined
  queryClient: QueryClient
  /** The entry key of one user's remark in this session. */
  key: (userID: string) => readonly unknown[]
  /** `true` once another session started: write nothing more. */
  superseded: () => boolean
  /** Options every query of the engine carries (staleTime, gcTime, retry: false, networkMode). */
  queryOptions: { staleTime: number; gcTime?: number; retry: false; networkMode: 'always' }
  maxBatchSize: number
  batchWindowMs?: number
  /** As for profiles: a remark nothing shows any more leaves its unsent batch; one sent is still cached. */
  dropUnwatched?: boolean
  retry?: RetryOptions
  timeoutMs?: number
}

/** The remark half of the engine: one cache entry per user, batched loads, events, optimistic sets. */
export interface RemarkCache {
  rules: RemarkRules
  remarkQuery(userID: string): {
    queryKey: readonly unknown[]
    queryFn: (context?: { signal?: AbortSignal }) => Promise<string | null>
    staleTime: number
    gcTime?: number
    retry: false
    networkMode: 'always'
  }
  setRemark(userID: string, remark: string): Promise<void>
  /** Applies the source's remark events until the returned function is called. */
  connect(): () => void
  /** The session changed: forget write stamps and requests in flight (the engine resets the entries). */
  reset(): void
}

/**
 * Remarks cached like profiles: an entry per user under `profileKeys.remark` (the remark, `''`,
 * or `null` for a user who is not my friend), loaded in batches by a loader like the profiles' own,
 * kept current by the source's events, and never sent back in time: an answer that started before
 * a local write (an event, a set) leaves the written value in place.
 *
 * @example
 * ```ts
 * const remarks = createRemarkCache({ source: adapter.remarks, queryClient, key, superseded, queryOptions, maxBatchSize: 100 })
 * await queryClient.fetchQuery(remarks.remarkQuery('alice')) // 'Boss', '' or null
 * ```
 * @internal Part of `createProfileClient`.
 */
export function createRemarkCache(context: RemarkCacheContext): RemarkCache {
  const { source, queryClient, key, superseded } = context
  const loader = createBatchLoader({
    label: 'getRemarks',
    fetch: (userIDs) => (source ? source.getRemarks(userIDs) : Promise.resolve([])),
    match: matchRemarks,
    maxBatchSize: source?.maxBatchSize ?? context.maxBatchSize,
    windowMs: context.batchWindowMs,
    retry: context.retry,
    timeoutMs: context.timeoutMs,
  })
  const rules: RemarkRules = Object.freeze({
    supported: Boolean(source),
    editable: typeof source?.setRemark === 'function',
    maxLength: typeof source?.maxLength === 'number' ? source.maxLength : undefined,
    maxBytes: typeof source?.maxBytes === 'number' ? source.maxBytes : undefined,
  })
  // A logical clock orders fetch starts against local writes, as for profiles.
  let clock = 0
  let lastWrite = new Map<string, number>()
  // Counts resets: an answer of the old session never lands in the new one.
  let resets = 0

  function write(userID: string, remark: string | null) {
    if (superseded()) return
    lastWrite.set(userID, ++clock)
    queryClient.setQueryData(key(userID), remark)
  }

  function remarkQuery(userID: string) {
    return {
      ...context.queryOptions,
      queryKey: key(userID),
      queryFn: async (queryContext?: { signal?: AbortSignal }): Promise<string | null> => {
        const startedAt = clock
        // Reading the signal tells TanStack to abort the fetch when the last observer leaves.
        const signal = context.dropUnwatched ? queryContext?.signal : undefined
        try {
          return newerOf(userID, await loader.load(userID, signal), startedAt)
        } catch (error) {
          const late = signal?.aborted ? loader.inFlight(userID) : undefined
          if (late) keepLateAnswer(userID, late, startedAt)
          throw error
        }
      },
    }
  }

  /** The fetched remark, unless an event or a set landed while it travelled: that is newer. */
  function newerOf(userID: string, fetched: string | null, startedAt: number): string | null {
    const cached = queryClient.getQueryData<string | null>(key(userID))
    return (lastWrite.get(userID) ?? 0) > startedAt && cached !== undefined ? cached : fetched
  }

  /** As for profiles: the last row showing `userID` left after its batch was sent; the answer still lands. */
  function keepLateAnswer(userID: string, answer: Promise<string | null>, startedAt: number) {
    const session = resets
    void answer.then((fetched) => {
      if (session === resets && !superseded()) {
        queryClient.setQueryData(key(userID), newerOf(userID, fetched, startedAt))
      }
    }, ignoreFailure)
  }

  async function setRemark(userID: string, remark: string): Promise<void> {
    const set = checkSettable(source, userID, remark, rules)
    const previous = await queryClient.ensureQueryData(remarkQuery(userID))
    if (previous === null) {
      throw new ProfileError(
        'permission_denied',
        `"${userID}" is not your friend: only friends have remarks.`,
        {
          field: 'userID',
        },
      )
    }
    if (previous === remark) return
    write(userID, remark)
    try {
      // Not retried: the first attempt may have gone through.
      await callWithRetry(() => set(userID, remark), {
        label: 'setRemark',
        retry: { retries: 0 },
        timeoutMs: context.timeoutMs,
      })
    } catch (error) {
      // Withdrawn only while it still shows: a remark from another device that arrived meanwhile stays.
      if (queryClient.getQueryData(key(userID)) === remark) write(userID, previous)
      throw error
    }
  }

  function applyChanges(changes: unknown) {
    if (!Array.isArray(changes)) return
    for (const item of changes) {
      const change = readRemarkChange(item)
      // Only users something shows or fetches: events for strangers add nothing.
      if (change && queryClient.getQueryState(key(change.userID))) write(change.userID, change.remark)
    }
  }

  function connect(): () => void {
    let unsubscribe: unknown
    try {
      unsubscribe = source?.subscribe?.(applyChanges)
    } catch {
      // No live remarks this time; they still load.
    }
    let connected = true
    return () => {
      if (!connected) return
      connected = false
      try {
        if (typeof unsubscribe === 'function') unsubscribe()
      } catch {
        // The adapter could not detach; nothing else to do.
      }
    }
  }

  return {
    rules,
    remarkQuery,
    setRemark,
    connect,
    reset: () => {
      resets++
      lastWrite = new Map()
      loader.reset()
    },
  }
}

/** A late answer that failed: nobody waits for it, and the next row that shows the user fetches again. */
const ignoreFailure = () => {}

/** The source's `setRemark` once the arguments pass every check that needs no I/O. */
function checkSettable(
  source: RemarkSource | undefined,
  userID: string,
  remark: string,
  { maxLength, maxBytes }: RemarkRules,
): NonNullable<RemarkSource['setRemark']> {
  const set = source?.setRemark?.bind(source)
  if (!set) {
    throw new ProfileError(
      'permission_denied',
      'This backend cannot set remarks (its adapter has no remarks.setRemark).',
    )
  }
  if (!isUserID(userID)) throw invalidArgument('userID', userID, 'a non-empty string')
  if (typeof remark !== 'string') throw invalidArgument('remark', remark, 'a string')
  if (maxLength !== undefined && remark.length > maxLength) {
    throw new ProfileError(
      'invalid_argument',
      `remark must be at most ${maxLength} characters, got ${remark.length}.`,
      { field: 'remark' },
    )
  }
  if (maxBytes !== undefined && utf8ByteLength(remark) > maxBytes) {
    throw new ProfileError(
      'invalid_argument',
      `remark must be at most ${maxBytes} bytes (UTF-8), got ${utf8ByteLength(remark)}.`,
      { field: 'remark' },
    )
  }
  return set
}
