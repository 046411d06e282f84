import { ProfileProvider, useUserProfile, type ProfileAdapter } from '@profile-kit/core'
import { createMemoryAdapter } from '@profile-kit/core/vanilla'
import { QueryClient } from '@tanstack/react-query'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef } from 'react'
import type { BigGroupResult, BigGroupVariant } from './benchApi'
import { createLimiter } from './createLimiter'
import { SLOW_NETWORK } from './createBenchBackend'
import { mountApp } from './mountApp'
import { sleep, waitForDom } from './waitForDom'
import { watchLongTasks } from './watchLongTasks'

/** Members of the group, each a distinct user. */
export const MEMBER_COUNT = 10_000
const ROW_PX = 28
const VIEWPORT_PX = 560
/** The steady pace of the scroll: rows per second (about 17 rows per frame at 60 Hz). */
export const ROWS_PER_SECOND = 1000
/** The kit's settings for a long list: a 100 ms batch window, and a short gcTime so the bench can wait it out. */
export const BATCH_WINDOW_MS = 100
export const GC_TIME_MS = 3000

const MEMBERS = Array.from({ length: MEMBER_COUNT }, (_, index) => `member-${index}`)
const NICKS = new Map(MEMBERS.map((userID, index) => [userID, `Member ${index}`]))

/** What the rows of one run did, filled while it renders. */
interface RowLog {
  rendered: Set<string>
  named: Set<string>
  mounted: Set<string>
}

function Row({ userID, top, log, kit }: { userID: string; top: number; log: RowLog; kit: boolean }) {
  log.rendered.add(userID)
  useEffect(() => {
    log.mounted.add(userID)
    return () => void log.mounted.delete(userID)
  }, [log, userID])
  const name = kit ? <KitName userID={userID} log={log} /> : NICKS.get(userID)
  return (
    <div className="row" style={{ position: 'absolute', top, height: ROW_PX }}>
      {name}
    </div>
  )
}

function KitName({ userID, log }: { userID: string; log: RowLog }) {
  const { data } = useUserProfile(userID)
  if (data) log.named.add(userID)
  return <>{data?.nick ?? '…'}</>
}

/** The list's fixed settings: every row is {@link ROW_PX} high, 5 rows rendered beyond each edge. */
const LIST = { count: MEMBER_COUNT, estimateSize: () => ROW_PX, overscan: 5 }

function MemberList({ log, kit }: { log: RowLog; kit: boolean }) {
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({ ...LIST, getScrollElement: () => scroller.current })
  return (
    <div ref={scroller} className="members" style={{ height: VIEWPORT_PX, overflow: 'auto' }}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => (
          <Row key={item.key} userID={MEMBERS[item.index]!} top={item.start} log={log} kit={kit} />
        ))}
      </div>
    </div>
  )
}

/**
 * The big group: a TanStack Virtual list of 10,000 members, each row a `useUserProfile`, scrolled
 * from top to bottom at a steady {@link ROWS_PER_SECOND} over the slow backend, then back to the
 * top; after `gcTime` has passed the kit's cache and the heap are measured again. `baseline` renders
 * the same rows with names known up front (no kit), to tell the kit's long tasks from the list's.
 */
export async function bigGroup(variant: BigGroupVariant): Promise<BigGroupResult> {
  const log: RowLog = { rendered: new Set(), named: new Set(), mounted: new Set() }
  const backend = countingBackend(log)
  const queryClient = new QueryClient()
  const kit = variant !== 'baseline'
  const app = mountApp(
    kit ? (
      <ProfileProvider
        adapter={backend.adapter}
        queryClient={queryClient}
        batchWindowMs={BATCH_WINDOW_MS}
        gcTime={GC_TIME_MS}
        dropUnwatched={variant === 'kitDropUnwatched'}
      >
        <MemberList log={log} kit />
      </ProfileProvider>
    ) : (
      <MemberList log={log} kit={false} />
    ),
  )
  try {
    await waitForDom(app.container, () => app.container.querySelectorAll('.row').length > 0, 'rows')
    const scroller = app.container.querySelector<HTMLElement>('.members')!
    await sleep(GC_TIME_MS / 2) // the first screen's names load
    const before = measureMemory(queryClient)
    const longTasks = watchLongTasks()
    const callsBefore = backend.calls.length
    await scrollSteadily(scroller, scroller.scrollHeight - VIEWPORT_PX)
    const tasks = longTasks.stop()
    await sleep(BATCH_WINDOW_MS * 2) // the last batch leaves
    const atBottom = measureMemory(queryClient)
    scroller.scrollTop = 0
    await sleep(GC_TIME_MS + 1000) // past gcTime: rows that left are collected
    const backAtTop = measureMemory(queryClient)
    const calls = backend.calls.slice(callsBefore)
    return {
      distinctRendered: log.rendered.size,
      named: log.named.size,
      adapterCalls: calls.length,
      requestedIDs: calls.reduce((sum, call) => sum + call.ids, 0),
      requestedAfterRowLeft: calls.reduce((sum, call) => sum + call.gone, 0),
      longTasksOver50ms: tasks.length,
      longestTaskMs: Math.round(Math.max(0, ...tasks)),
      cacheEntries: [before.entries, atBottom.entries, backAtTop.entries],
      heapMB: [before.heapMB, atBottom.heapMB, backAtTop.heapMB],
    }
  } finally {
    app.dispose()
  }
}

/** The slow backend over 10,000 members; each call records how many of its IDs no row showed any more. */
function countingBackend(log: RowLog) {
  const memory = createMemoryAdapter({
    me: { userID: 'me' },
    profiles: MEMBERS.map((userID) => ({ userID, nick: NICKS.get(userID) })),
  })
  const calls: Array<{ ids: number; gone: number }> = []
  const limit = createLimiter(SLOW_NETWORK.maxInFlight)
  const adapter: ProfileAdapter = {
    schema: memory.schema,
    getMyProfile: () => memory.getMyProfile(),
    updateMyProfile: (patch) => memory.updateMyProfile(patch),
    getUserProfiles(userIDs) {
      calls.push({ ids: userIDs.length, gone: userIDs.filter((id) => !log.mounted.has(id)).length })
      return limit(async () => {
        await sleep(SLOW_NETWORK.baseMs + SLOW_NETWORK.perIdMs * userIDs.length)
        return memory.getUserProfiles(userIDs)
      })
    },
  }
  return { adapter, calls }
}

/** Scrolls to `end` at {@link ROWS_PER_SECOND}, one step per animation frame, by elapsed time. */
function scrollSteadily(scroller: HTMLElement, end: number): Promise<void> {
  const pxPerMs = (ROWS_PER_SECOND * ROW_PX) / 1000
  const start = performance.now()
  return new Promise((resolve) => {
    const step = () => {
      const top = Math.min(end, (performance.now() - start) * pxPerMs)
      scroller.scrollTop = top
      if (top >= end) resolve()
      else requestAnimationFrame(step)
    }
    requestAnimationFrame(step)
  })
}

/** The kit's cache entries and the used JS heap after a full collection (Chromium's `performance.memory`). */
function measureMemory(queryClient: QueryClient) {
  window.gc?.()
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory
  return {
    entries: queryClient.getQueryCache().findAll({ queryKey: ['profile-kit'] }).length,
    heapMB: memory ? Math.round((memory.usedJSHeapSize / 1e6) * 10) / 10 : -1,
  }
}
