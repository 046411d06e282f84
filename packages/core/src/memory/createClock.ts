/**
 * A version clock for `updatedAt`: wall-clock milliseconds, yet strictly increasing, so two
 * changes within one millisecond (or after the system clock stepped back) still order correctly.
 *
 * @internal Used by {@link createMemoryAdapter}.
 * @example
 * ```ts
 * const tick = createClock()
 * tick() < tick() // always true
 * ```
 */
export function createClock(now: () => number = Date.now): () => number {
  let last = 0
  return () => {
    last = Math.max(now(), last + 1)
    return last
  }
}
