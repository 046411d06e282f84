import type { QueryClient } from '@tanstack/react-query'

/** Main-thread work of a persisted cache, as {@link probePersistence} counted it. */
export interface PersistenceWork {
  /** `dehydrate` passes over the cache that reached the storage step. */
  dehydrates: number
  /** Time in them: from the pass's start to the hand-off to storage. */
  dehydrateMs: number
  /** Time turning the dehydrated state into a string (TanStack's persister: `JSON.stringify`). */
  serializeMs: number
  /** IndexedDB writes (`IDBObjectStore.put`), and the time inside them (the structured clone). */
  writes: number
  writeMs: number
}

/** Counts a persisted cache's work on `queryClient` until `stop()`; the persisters report to it. */
export interface PersistenceProbe {
  /** A `dehydrate` pass handed its result to storage (the kit's `set`, TanStack's `persistClient`). */
  handedOff(): void
  /** Runs `serialize` and adds its time. */
  serialize<T>(serialize: () => T): T
  /** Puts the patched methods back (safe to call twice) and returns the work counted. */
  stop(): PersistenceWork
}

/**
 * Times persistence where it runs, the same way for both persisters. Both call TanStack's
 * `dehydrate`, which first reads the mutation cache (`getAll`) — nothing else in the scenario does,
 * as it mounts no mutation — so that read marks a pass's start, and the hand-off to storage its
 * end. Writes are timed inside `IDBObjectStore.put`, where the value is cloned on the main thread.
 * The kit's two cheaper passes before its `dehydrate` (which entries are storable, and whose) are
 * not in `dehydrateMs`.
 */
export function probePersistence(queryClient: QueryClient): PersistenceProbe {
  const work: PersistenceWork = { dehydrates: 0, dehydrateMs: 0, serializeMs: 0, writes: 0, writeMs: 0 }
  let passStart: number | undefined
  const mutations = queryClient.getMutationCache()
  const getAll = mutations.getAll.bind(mutations)
  mutations.getAll = () => {
    passStart = performance.now()
    return getAll()
  }
  const put = IDBObjectStore.prototype.put
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
    const start = performance.now()
    try {
      return put.apply(this, args)
    } finally {
      work.writes++
      work.writeMs += performance.now() - start
    }
  }
  return {
    handedOff() {
      if (passStart === undefined) return
      work.dehydrates++
      work.dehydrateMs += performance.now() - passStart
      passStart = undefined
    },
    serialize(serialize) {
      const start = performance.now()
      try {
        return serialize()
      } finally {
        work.serializeMs += performance.now() - start
      }
    },
    stop() {
      mutations.getAll = getAll
      IDBObjectStore.prototype.put = put
      return work
    },
  }
}
