import { useSyncExternalStore } from 'react'

/** How often "last seen" texts are brought up to date. Their smallest unit is a minute. */
export const NOW_TICK_MS = 30_000

const subscribers = new Set<() => void>()
let now = 0
let ticker: ReturnType<typeof setInterval> | undefined

function subscribe(listener: () => void): () => void {
  subscribers.add(listener)
  // One timer for the whole page, running only while something shows a relative time.
  ticker ??= setInterval(() => {
    now = Date.now()
    subscribers.forEach((notify) => notify())
  }, NOW_TICK_MS)
  return () => {
    subscribers.delete(listener)
    if (subscribers.size === 0) {
      clearInterval(ticker)
      ticker = undefined
      now = 0
    }
  }
}

function getSnapshot(): number {
  // The first reader (or the first after the page was idle) starts from the real time; later
  // readers share it until the next tick, so every label on the page agrees.
  if (now === 0) now = Date.now()
  return now
}

/**
 * The current time, updated every {@link NOW_TICK_MS} by one page-wide ticker shared by every
 * component that reads it (no timer per component). With `live` false it reads nothing and
 * subscribes to nothing, so components that show no relative time cost no timer.
 *
 * @example
 * ```tsx
 * const now = useNow(presence.state === 'offline')
 * ```
 */
export function useNow(live: boolean): number {
  return useSyncExternalStore(live ? subscribe : noSubscribe, live ? getSnapshot : zero, zero)
}

const noSubscribe = () => () => undefined
const zero = () => 0
