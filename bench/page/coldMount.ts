import { QueryClient } from '@tanstack/react-query'
import type { ColdMountResult, VariantName } from './benchApi'
import { createBenchBackend } from './createBenchBackend'
import { mountApp } from './mountApp'
import { CARD_COUNT } from './scenario'
import { variants } from './variants'
import { readyCards, sleep, waitForDom } from './waitForDom'

/** After all names show, calls are still counted this long: late or repeated requests count too. */
const SETTLE_MS = 300

/**
 * Cold cache on the slow backend: from `root.render` to the first commit showing all 1,000 names,
 * and the adapter calls that took.
 */
export async function coldMount(variant: VariantName): Promise<ColdMountResult> {
  const backend = createBenchBackend({ slow: true })
  const app = mountApp()
  const allShown = waitForDom(
    app.container,
    () => readyCards(app.container) === CARD_COUNT,
    `${variant}: all names`,
  )
  const commitsBefore = window.__benchCommits
  const start = performance.now()
  app.root.render(variants[variant]({ backend, queryClient: new QueryClient() }))
  try {
    const shownAt = await allShown
    const commits = window.__benchCommits - commitsBefore
    await sleep(SETTLE_MS)
    return { timeToAllNamesMs: shownAt - start, adapterCalls: backend.calls.count, commits }
  } finally {
    app.dispose()
  }
}
