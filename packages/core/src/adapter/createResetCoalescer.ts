/** What {@link createResetCoalescer} returns. */
export interface ResetCoalescer {
  /** Asks for a reset; every ask of the same synchronous burst leads to one `onReset` call. */
  reset: () => void
  /** Unsubscribed: drops a pending reset and ignores later asks. */
  stop: () => void
}

/**
 * Coalesces an adapter's session events into one `onReset` per burst. SDKs fire several events for
 * one session change (a kick-off also reports logout), and each reset makes the kit refetch
 * everything, so the reset waits for a microtask and happens once; after `stop` it never happens.
 * With no `onReset`, asks do nothing.
 *
 * @example
 * ```ts
 * subscribe(onChange, onReset) {
 *   const resets = createResetCoalescer(onReset)
 *   sdk.on('kickedOut', resets.reset)
 *   sdk.on('logout', resets.reset)
 *   return () => {
 *     resets.stop()
 *     sdk.off('kickedOut', resets.reset)
 *     sdk.off('logout', resets.reset)
 *   }
 * }
 * ```
 */
export function createResetCoalescer(onReset: (() => void) | undefined): ResetCoalescer {
  let active = true
  let pending = false
  return {
    reset() {
      if (pending || !onReset) return
      pending = true
      queueMicrotask(() => {
        pending = false
        if (active) onReset()
      })
    },
    stop() {
      active = false
    },
  }
}
