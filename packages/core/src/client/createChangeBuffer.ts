import type { ProfileChange } from '../model/profile'

/** Collects pushed changes and hands them over in one piece after `delayMs`. */
export interface ChangeBuffer {
  push(changes: unknown): void
  /** Drops the changes not yet handed over (they belong to a session that ended). */
  clear(): void
  /** Drops them and ignores every later push. */
  dispose(): void
}

/**
 * Coalesces change events: a burst of events becomes one cache write and one React commit per
 * `delayMs` window instead of one per event (backends push events one by one, often many per frame).
 *
 * @example
 * ```ts
 * const buffer = createChangeBuffer((changes) => apply(changes), 16)
 * adapter.subscribe?.((changes) => buffer.push(changes))
 * ```
 */
export function createChangeBuffer(flush: (changes: ProfileChange[]) => void, delayMs: number): ChangeBuffer {
  let pending: ProfileChange[] = []
  let timer: ReturnType<typeof setTimeout> | undefined
  // After dispose an adapter that failed to unsubscribe may still push: ignore it.
  let disposed = false
  const clear = () => {
    clearTimeout(timer)
    timer = undefined
    pending = []
  }
  return {
    push(changes) {
      // Events come from the backend: anything but an array of objects is dropped.
      if (disposed || !Array.isArray(changes)) return
      for (const change of changes) {
        if (change && typeof change === 'object') pending.push(change as ProfileChange)
      }
      if (pending.length > 0) {
        timer ??= setTimeout(() => {
          const changes = pending
          clear()
          flush(changes)
        }, delayMs)
      }
    },
    clear,
    dispose() {
      disposed = true
      clear()
    },
  }
}
