/**
 * Resolves with `performance.now()` at the first DOM mutation after which `done()` holds (or at
 * once if it holds already). A MutationObserver's callback runs right after the commit that
 * changed the DOM, so the time is that commit's, not a later animation frame's.
 *
 * @example
 * ```ts
 * const shownAt = await waitForDom(container, () => readyCards(container) === 1000, 'all names')
 * ```
 */
export function waitForDom(
  container: Element,
  done: () => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<number> {
  if (done()) return Promise.resolve(performance.now())
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (!done()) return
      finish()
      resolve(performance.now())
    })
    const timer = setTimeout(() => {
      finish()
      reject(new Error(`bench: waited ${timeoutMs} ms for ${what}; it never showed.`))
    }, timeoutMs)
    function finish() {
      observer.disconnect()
      clearTimeout(timer)
    }
    observer.observe(container, { subtree: true, childList: true, characterData: true, attributes: true })
  })
}

/** Cards whose name shows. */
export function readyCards(container: Element): number {
  return container.querySelectorAll('.card[data-state="ready"]').length
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
