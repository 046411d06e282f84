/** Runs async tasks with at most `max` of them in flight, the rest queued in call order. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>

/**
 * A FIFO concurrency limit, like a browser's six connections per host over HTTP/1.1.
 *
 * @example
 * ```ts
 * const limit = createLimiter(6)
 * await Promise.all(urls.map((url) => limit(() => fetch(url))))
 * ```
 */
export function createLimiter(max: number): Limiter {
  let active = 0
  const waiting: Array<() => void> = []

  async function acquire(): Promise<void> {
    if (active < max) {
      active++
      return
    }
    // The releasing task hands its slot over, so `active` stays the same.
    await new Promise<void>((resolve) => waiting.push(resolve))
  }

  function release(): void {
    const next = waiting.shift()
    if (next) next()
    else active--
  }

  return async (task) => {
    await acquire()
    try {
      return await task()
    } finally {
      release()
    }
  }
}
