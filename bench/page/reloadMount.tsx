import { useUserProfile, type ProfileAdapter } from '@profile-kit/core'
import { QueryClient } from '@tanstack/react-query'
import type { PersisterName, ReloadResult } from './benchApi'
import { Card } from './Card'
import { createBenchBackend } from './createBenchBackend'
import { mountApp } from './mountApp'
import { createPersister, type BenchPersister } from './persisters'
import { CARD_COUNT, USER_COUNT } from './scenario'
import { CardList } from './variants/CardList'
import { readyCards, sleep, waitForDom } from './waitForDom'

/** After all names show, calls are still counted this long: the revalidation batches count too. */
const SETTLE_MS = 500
/** How long a first visit may take to store every profile (writes are immediate: `throttleMs: 0`). */
const STORE_WAIT_MS = 1_000

function KitCard({ userID }: { userID: string }) {
  const { data } = useUserProfile(userID)
  return <Card userID={userID} profile={data} />
}

/**
 * A reload of the 1,000-card list on the slow backend. With a persisted cache (real IndexedDB,
 * written at once) a first visit fills it (see {@link firstVisit}), then a fresh page state (new QueryClient, new adapter)
 * mounts; with `staleTime: 0` every restored entry also revalidates. `'none'`: the same reload
 * cold. Measures from `root.render` to all names, the adapter calls made when the first card
 * committed and when all names showed, and whether that first commit already showed every name.
 */
export async function reloadMount(name: PersisterName): Promise<ReloadResult> {
  const persister = createPersister(name, { throttleMs: 0 })
  const storedByFirstVisit = name === 'none' ? 0 : await firstVisit(persister)
  const backend = createBenchBackend({ slow: true })
  const app = mountApp()
  let firstCommit: { ready: number; calls: number } | undefined
  let callsBeforeAllNames = -1
  const firstCards = waitForDom(
    app.container,
    () => {
      firstCommit ??= app.container.querySelector('.card')
        ? { ready: readyCards(app.container), calls: backend.calls.count }
        : undefined
      return firstCommit !== undefined
    },
    'first cards',
  )
  const allShown = waitForDom(
    app.container,
    () => {
      if (readyCards(app.container) < CARD_COUNT) return false
      callsBeforeAllNames = backend.calls.count
      return true
    },
    'all names',
  )
  window.gc?.() // the first visit's garbage is not collected during the measured reload
  const start = performance.now()
  app.root.render(tree(persister, backend.adapter))
  try {
    const shownAt = await allShown
    await firstCards
    await sleep(SETTLE_MS)
    return {
      timeToAllNamesMs: shownAt - start,
      callsBeforeFirstCards: firstCommit?.calls ?? -1,
      namesOnFirstCommit: firstCommit?.ready === CARD_COUNT,
      callsBeforeAllNames,
      callsAfterSettling: backend.calls.count,
      storedByFirstVisit,
    }
  } finally {
    app.dispose()
  }
}

const tree = (persister: BenchPersister, adapter: ProfileAdapter, holdUntilRestored?: boolean) =>
  persister.tree({
    adapter,
    queryClient: new QueryClient(),
    staleTime: 0,
    holdUntilRestored,
    children: <CardList Item={KitCard} />,
  })

/**
 * The visit before the reload; returns how many profiles it stored. TanStack's provider as
 * documented stores nothing of a visit whose profiles all loaded while it restored (it saves on
 * cache events after its restore, and none come), so such a visit is followed by one held back
 * until restored: every persister reloads from the same full store.
 */
async function firstVisit(persister: BenchPersister): Promise<number> {
  const stored = await visit(persister)
  if (stored < USER_COUNT && (await visit(persister, true)) < USER_COUNT)
    throw new Error(`bench: the first visit stored ${stored} of ${USER_COUNT} profiles.`)
  return stored
}

/** Every name loaded (fast backend), then up to {@link STORE_WAIT_MS} for all to be stored. */
async function visit(persister: BenchPersister, holdUntilRestored?: boolean): Promise<number> {
  const app = mountApp(tree(persister, createBenchBackend({ slow: false }).adapter, holdUntilRestored))
  try {
    await waitForDom(app.container, () => readyCards(app.container) === CARD_COUNT, 'first visit')
    const deadline = performance.now() + STORE_WAIT_MS
    let stored = await persister.storedUsers()
    while (stored < USER_COUNT && performance.now() < deadline) {
      await sleep(20)
      stored = await persister.storedUsers()
    }
    return stored
  } finally {
    app.dispose()
  }
}
