import { ProfileProvider, useUserPresence } from '@profile-kit/core'
import { createMemoryAdapter, type MemoryAdapter } from '@profile-kit/core/vanilla'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, useState } from 'react'
import type { PresenceScrollResult } from './benchApi'
import { mountApp } from './mountApp'
import { sleep, waitForDom } from './waitForDom'

const USERS = 2_000
const ROW_PX = 40
const VIEWPORT_PX = 800
/** Tencent's limits: 100 users a call, 20 calls per 5 s. */
const RATE_LIMIT = { calls: 20, perMs: 5_000 }
/** Shorter than the kit's 30 s default so the run stays short; the rules are the same. */
const GRACE_MS = 5_000
/** A fast fling: 20 rows every 50 ms, to the bottom and back to the top, 5 s each way. */
const STEP_ROWS = 20
const STEP_MS = 50
/** After the scroll and after unmounting: the grace period, the batch window and the rate limit's window. */
const SETTLE_MS = GRACE_MS + 500 + RATE_LIMIT.perMs + 1_000

const userID = (index: number) => `p-${String(index).padStart(4, '0')}`
const USER_IDS = Array.from({ length: USERS }, (_, index) => userID(index))

/** One row as a chat list shows a contact: a presence dot (what `Avatar presence` shows) and the name. */
function Row({ id, top, shown }: { id: string; top: number; shown: Set<string> }) {
  const { state } = useUserPresence(id)
  useEffect(() => {
    shown.add(id)
  }, [id, shown])
  return (
    <div className="presence-row" data-user={id} style={{ position: 'absolute', top, height: ROW_PX }}>
      <span className="presence-dot" data-state={state} />
      <span>{id}</span>
    </div>
  )
}

function VirtualList({ shown, onScroller }: { shown: Set<string>; onScroller(element: HTMLElement): void }) {
  const scroller = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- nothing here is memoized by a compiler
  const virtualizer = useVirtualizer({
    count: USERS,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_PX,
    overscan: 5,
  })
  useEffect(() => {
    if (scroller.current) onScroller(scroller.current)
  }, [onScroller])
  return (
    <div ref={scroller} style={{ height: VIEWPORT_PX, overflow: 'auto' }}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => (
          <Row key={item.key} id={USER_IDS[item.index]!} top={item.start} shown={shown} />
        ))}
      </div>
    </div>
  )
}

/** Every row at once, not virtualized: 2,000 users shown in one commit. */
function FullList({ shown }: { shown: Set<string> }) {
  return (
    <div style={{ position: 'relative', height: USERS * ROW_PX }}>
      {USER_IDS.map((id, index) => (
        <Row key={id} id={id} top={index * ROW_PX} shown={shown} />
      ))}
    </div>
  )
}

type View = 'virtual' | 'closed' | 'full'

function App({
  adapter,
  shown,
  onScroller,
}: {
  adapter: MemoryAdapter
  shown: Set<string>
  onScroller(element: HTMLElement): void
}) {
  const [view, setView] = useState<View>('virtual')
  useEffect(() => {
    window.__benchPresenceView = setView
  }, [])
  return (
    <ProfileProvider adapter={adapter} presence={{ graceMs: GRACE_MS }}>
      {view === 'virtual' ? (
        <VirtualList shown={shown} onScroller={onScroller} />
      ) : view === 'full' ? (
        <FullList shown={shown} />
      ) : (
        <p>list closed</p>
      )}
    </ProfileProvider>
  )
}

/** Users whose rows are in the DOM now (the visible ones and the virtualizer's overscan). */
const rowsInDom = (container: Element) =>
  new Set([...container.querySelectorAll<HTMLElement>('.presence-row')].map((row) => row.dataset.user!))

/** The most calls that started within any window of `perMs` (each window starting at a call). */
function maxCallsInWindow(times: number[], perMs: number): number {
  let most = 0
  for (let first = 0, last = 0; first < times.length; first++) {
    while (last < times.length && times[last]! < times[first]! + perMs) last++
    most = Math.max(most, last - first)
  }
  return most
}

/** Replays the call log: subscribe calls for users all already subscribed are renewals. */
function countRenewals(adapter: MemoryAdapter): {
  renewals: number
  resubscribed: number
  subscribedUsers: number
} {
  const held = new Set<string>()
  const everSubscribed = new Set<string>()
  let renewals = 0
  let resubscribed = 0
  let subscribedUsers = 0
  for (const call of adapter.presence.calls) {
    if (call.kind === 'unsubscribe') {
      call.userIDs.forEach((id) => held.delete(id))
      continue
    }
    if (call.userIDs.every((id) => held.has(id))) renewals++
    for (const id of call.userIDs) {
      if (!held.has(id) && everSubscribed.has(id)) resubscribed++
      held.add(id)
      everSubscribed.add(id)
    }
    subscribedUsers += call.userIDs.length
  }
  return { renewals, resubscribed, subscribedUsers }
}

/**
 * A virtualized contact list of 2,000 users with presence on every avatar, scrolled to the bottom
 * and back in a fast fling over the memory backend with Tencent's limits (which rejects any call
 * over them). Counts the backend's presence calls, the most in any rate-limit window, and what is
 * still subscribed after the grace period, with the list at rest and after closing it.
 */
export async function presenceScroll(): Promise<PresenceScrollResult> {
  const adapter = createMemoryAdapter({
    me: { userID: 'me' },
    latencyMs: 30,
    presence: {
      online: USER_IDS.filter((_, index) => index % 3 === 0),
      rateLimit: RATE_LIMIT,
      churnMs: 100,
    },
  })
  const shown = new Set<string>()
  let scroller: HTMLElement | undefined
  const app = mountApp(<App adapter={adapter} shown={shown} onScroller={(element) => (scroller = element)} />)
  try {
    await waitForDom(
      app.container,
      () => app.container.querySelector('.presence-row') !== null,
      'presence rows',
    )
    const startedAt = performance.now()
    const steps = USERS / STEP_ROWS
    for (let step = 1; step <= steps; step++) {
      scroller!.scrollTop = step * STEP_ROWS * ROW_PX
      await sleep(STEP_MS)
    }
    for (let step = steps - 1; step >= 0; step--) {
      scroller!.scrollTop = step * STEP_ROWS * ROW_PX
      await sleep(STEP_MS)
    }
    const scrollMs = performance.now() - startedAt
    await sleep(SETTLE_MS)
    const atRest = rowsInDom(app.container)
    const heldNotShown = adapter.presence.subscribedUserIDs().filter((id) => !atRest.has(id)).length
    const onlineDots = app.container.querySelectorAll('.presence-dot[data-state="online"]').length

    window.__benchPresenceView?.('closed')
    await sleep(SETTLE_MS)
    const heldAfterClose = adapter.presence.subscribedUserIDs().length

    const calls = adapter.presence.calls.slice()
    const subscribeCalls = calls.filter((call) => call.kind === 'subscribe').length
    const { renewals, resubscribed, subscribedUsers } = countRenewals(adapter)
    const full = await showAllAtOnce(adapter)
    return {
      allAtOnce: full,
      users: USERS,
      usersShown: shown.size,
      subscribeCalls,
      renewals,
      callLimit: Math.ceil(shown.size / 100) + renewals,
      unsubscribeCalls: calls.length - subscribeCalls,
      subscribedUsers,
      resubscribed,
      maxCallsInWindow: maxCallsInWindow(
        adapter.presence.calls.map((call) => call.at),
        RATE_LIMIT.perMs,
      ),
      rateLimit: RATE_LIMIT,
      heldNotShownAfterGrace: heldNotShown,
      rowsAtRest: atRest.size,
      onlineDotsAtRest: onlineDots,
      heldAfterClose,
      graceMs: GRACE_MS,
      scrollMs: Math.round(scrollMs),
    }
  } finally {
    app.dispose()
  }

  /** All 2,000 rows in one commit: 20 full batches at the rate limit, then 20 releases queued behind it. */
  async function showAllAtOnce(adapter: MemoryAdapter): Promise<PresenceScrollResult['allAtOnce']> {
    const before = adapter.presence.calls.length
    window.__benchPresenceView?.('full')
    // Every row has its answer (online or offline; the churn keeps changing which).
    await waitForDom(
      app.container,
      () =>
        app.container.querySelectorAll('.presence-dot').length === USERS &&
        app.container.querySelector('.presence-dot[data-state="unknown"]') === null,
      'every user shown with an answer',
    )
    window.__benchPresenceView?.('closed')
    await sleep(SETTLE_MS)
    const calls = adapter.presence.calls.slice(before)
    const subscribeCalls = calls.filter((call) => call.kind === 'subscribe').length
    return {
      usersShown: USERS,
      subscribeCalls,
      callLimit: Math.ceil(USERS / 100),
      unsubscribeCalls: calls.length - subscribeCalls,
      heldAfterClose: adapter.presence.subscribedUserIDs().length,
    }
  }
}
