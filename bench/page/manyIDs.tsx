import { ProfileProvider, useUserProfiles, type ProfileAdapter } from '@profile-kit/core'
import { createMemoryAdapter } from '@profile-kit/core/vanilla'
import { QueryClient } from '@tanstack/react-query'
import { flushSync } from 'react-dom'
import type { ManyIDsResult } from './benchApi'
import { mountApp } from './mountApp'
import { waitForDom } from './waitForDom'

/** The list sizes the scenario compares. */
export const MANY_ID_SIZES = [1_000, 10_000, 50_000] as const

const ids = (count: number) => Array.from({ length: count }, (_, index) => `user-${index}`)

/** Shows how many of `userIDs` have loaded (`data-count`). */
export function Loaded({ userIDs }: { userIDs: readonly string[] }) {
  const { data } = useUserProfiles(userIDs)
  return <p className="loaded" data-count={data.length} />
}

function app(adapter: ProfileAdapter, queryClient: QueryClient, userIDs: readonly string[]) {
  return (
    <ProfileProvider adapter={adapter} queryClient={queryClient}>
      <Loaded userIDs={userIDs} />
    </ProfileProvider>
  )
}

/**
 * One `useUserProfiles` over `count` IDs on a backend without latency. Cold: from `root.render` to
 * the commit showing every profile (loader, cache and the hook's list store together). Warm: a
 * second mount of the same list with every profile cached (`flushSync`), the hook's own cost.
 */
export async function manyIDs(count: number): Promise<ManyIDsResult> {
  const { userIDs, memory } = manyUsers(count)
  const queryClient = new QueryClient()
  const all = (element: Element) => allLoaded(element, count)

  window.gc?.()
  const cold = mountApp()
  const shown = waitForDom(cold.container, () => all(cold.container), `${count} profiles`, 120_000)
  const coldStart = performance.now()
  cold.root.render(app(memory, queryClient, userIDs))
  const coldMs = (await shown) - coldStart
  cold.dispose()

  window.gc?.()
  const warm = mountApp()
  const warmStart = performance.now()
  flushSync(() => warm.root.render(app(memory, queryClient, userIDs)))
  const warmMs = performance.now() - warmStart
  const complete = all(warm.container)
  warm.dispose()
  if (!complete) throw new Error(`bench: a warm mount of ${count} IDs did not show them all.`)
  return { count, coldMs, warmMs }
}

/** Whether {@link Loaded} in `element` shows all `count` profiles. */
export const allLoaded = (element: Element, count: number) =>
  element.querySelector('.loaded')?.getAttribute('data-count') === String(count)

/** A memory backend holding `count` users, `User user-0` … . */
export function manyUsers(count: number) {
  const userIDs = ids(count)
  const memory = createMemoryAdapter({
    me: { userID: 'me' },
    profiles: userIDs.map((userID) => ({ userID, nick: `User ${userID}` })),
  })
  return { userIDs, memory }
}
