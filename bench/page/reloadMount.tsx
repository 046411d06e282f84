import { ProfileProvider, useUserProfile } from '@profile-kit/core'
import {
  PersistProfiles,
  indexedDbProfileStorage,
  type PersistedProfileStorage,
} from '@profile-kit/core/persist'
import { QueryClient } from '@tanstack/react-query'
import type { ReloadResult } from './benchApi'
import { Card } from './Card'
import { createBenchBackend, type BenchBackend } from './createBenchBackend'
import { mountApp } from './mountApp'
import { CARD_COUNT, ME } from './scenario'
import { CardList } from './variants/CardList'
import { readyCards, sleep, waitForDom } from './waitForDom'

/** After all names show, calls are still counted this long: the revalidation batches count too. */
const SETTLE_MS = 500

function KitCard({ userID }: { userID: string }) {
  const { data } = useUserProfile(userID)
  return <Card userID={userID} profile={data} />
}

let runs = 0

/**
 * A reload of the 1,000-card list on the slow backend. `persisted`: the kit's persisted cache
 * (`PersistProfiles`, real IndexedDB) filled by a first visit, then a fresh page state (new
 * QueryClient, new adapter) mounts; with `staleTime: 0` every restored entry also revalidates. Cold:
 * the same reload without it. Measures from `root.render` to all names, the adapter calls made when
 * the first card committed, and whether that first commit already showed every name.
 */
export async function reloadMount(persisted: boolean): Promise<ReloadResult> {
  const storage = indexedDbProfileStorage(`profile-kit-bench-${Date.now()}-${runs++}`)
  const persist = { appID: 'bench', userID: ME.userID, storage, throttleMs: 0 }
  if (persisted) await firstVisit(persist)
  const backend = createBenchBackend({ slow: true })
  const app = mountApp()
  let firstCommit: { ready: number; calls: number } | undefined
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
  const allShown = waitForDom(app.container, () => readyCards(app.container) === CARD_COUNT, 'all names')
  const start = performance.now()
  app.root.render(tree(backend, persisted ? persist : undefined))
  try {
    const shownAt = await allShown
    await firstCards
    await sleep(SETTLE_MS)
    return {
      timeToAllNamesMs: shownAt - start,
      callsBeforeFirstCards: firstCommit?.calls ?? -1,
      namesOnFirstCommit: firstCommit?.ready === CARD_COUNT,
      callsAfterSettling: backend.calls.count,
    }
  } finally {
    app.dispose()
  }
}

/** The persisted cache's settings for one run: its own IndexedDB database, written at once. */
interface Persist {
  appID: string
  userID: string
  storage: PersistedProfileStorage
  throttleMs: number
}

function tree(backend: BenchBackend, persist: Persist | undefined) {
  const cards = <CardList Item={KitCard} />
  return (
    <ProfileProvider adapter={backend.adapter} queryClient={new QueryClient()} staleTime={0}>
      {persist ? <PersistProfiles {...persist}>{cards}</PersistProfiles> : cards}
    </ProfileProvider>
  )
}

/** The visit before the reload: every name loaded (fast backend) and written to IndexedDB. */
async function firstVisit(persist: Persist) {
  const app = mountApp(tree(createBenchBackend({ slow: false }), persist))
  try {
    await waitForDom(app.container, () => readyCards(app.container) === CARD_COUNT, 'first visit')
    const key = `profile-kit/${persist.appID}/${persist.userID}/default`
    while (((await persist.storage.get(key))?.clientState.queries.length ?? 0) < 250) await sleep(20)
  } finally {
    app.dispose()
  }
}
