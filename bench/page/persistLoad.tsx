import type { ProfileAdapter } from '@profile-kit/core'
import { QueryClient } from '@tanstack/react-query'
import type { PersistLoadResult, PersisterName } from './benchApi'
import { createLimiter } from './createLimiter'
import { Loaded, allLoaded, manyUsers } from './manyIDs'
import { mountApp } from './mountApp'
import { createPersister } from './persisters'
import { probePersistence } from './probePersistence'
import { sleep, waitForDom } from './waitForDom'
import { watchLongTasks } from './watchLongTasks'

/** 10,000 profiles; the kit asks for them 100 at a time, and each batch answers 20 ms after the last. */
const USERS = 10_000
const BATCH_MS = 20
/** Both persisters' default write throttle, and the wait after loading for the last throttled write. */
const THROTTLE_MS = 1000
const SETTLE_MS = THROTTLE_MS + 500

/**
 * `useUserProfiles` over 10,000 IDs whose profiles arrive in 100 batches over about 2 s, with a
 * persisted cache writing along (or none). Counts the persistence work on the main thread (see
 * `probePersistence`) from `root.render` until the last throttled write after everything showed,
 * and the long tasks in that window. A run still loading after `capMs` stops there (TanStack's
 * persister took 60 to 90 s here): its counts are then lower bounds.
 */
export async function persistLoad(
  name: Exclude<PersisterName, 'tanstackGated'>,
  capMs: number,
): Promise<PersistLoadResult> {
  const { userIDs, memory } = manyUsers(USERS)
  const inTurn = createLimiter(1)
  let calls = 0
  const adapter: ProfileAdapter = {
    ...memory,
    getUserProfiles(ids) {
      calls++
      return inTurn(() => sleep(BATCH_MS).then(() => memory.getUserProfiles(ids)))
    },
  }
  const queryClient = new QueryClient()
  const probe = probePersistence(queryClient)
  const persister = createPersister(name, { throttleMs: THROTTLE_MS, probe })
  window.gc?.()
  const longTasks = watchLongTasks()
  const app = mountApp()
  const shown = waitForDom(app.container, () => allLoaded(app.container, USERS), 'all', capMs).catch(
    () => undefined,
  )
  const start = performance.now()
  app.root.render(persister.tree({ adapter, queryClient, children: <Loaded userIDs={userIDs} /> }))
  try {
    const shownAt = await shown
    const loaded = Number(app.container.querySelector('.loaded')?.getAttribute('data-count'))
    await sleep(SETTLE_MS)
    const tasks = longTasks.stop()
    return {
      loadMs: shownAt === undefined ? null : shownAt - start,
      loaded,
      calls,
      longTasksOver50ms: tasks.length,
      blockingMs: tasks.reduce((sum, duration) => sum + duration - 50, 0),
      ...probe.stop(),
    }
  } finally {
    probe.stop() // again when the run failed: later runs must get IndexedDB's own `put` back
    app.dispose()
  }
}
