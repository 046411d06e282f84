import type { PersistenceWork } from './probePersistence'

/** The variants the bench compares; all render the same {@link Card} 1,000 times. */
export const VARIANT_NAMES = ['kit', 'naivePerCard', 'expertBatched', 'listQuery'] as const
export type VariantName = (typeof VARIANT_NAMES)[number]

/** What one cold mount measured. */
export interface ColdMountResult {
  /** From `root.render` to the first commit at which all 1,000 cards show their names. */
  timeToAllNamesMs: number
  /** Adapter calls made until then, plus a settling pause (late or duplicate calls count too). */
  adapterCalls: number
  /** React commits from `root.render` until all names showed (explains time differences). */
  commits: number
}

/** What the event storm measured. */
export interface EventStormResult {
  /** React commits from the first event until 100 ms after the last. */
  commits: number
  events: number
  /** From the first event to the last, as the page's timers delivered them (planned: 99 ms). */
  spanMs: number
  /** The kit's coalescing delay for change events, in milliseconds. */
  coalesceMs: number
}

/** What the presence scroll measured (see `presenceScroll.tsx`). */
export interface PresenceScrollResult {
  users: number
  /** Distinct users whose row was rendered at some point of the scroll. */
  usersShown: number
  subscribeCalls: number
  /** Subscribe calls for users all already subscribed (0 without a subscription lifetime). */
  renewals: number
  /** ceil(usersShown / 100) + renewals: the most subscribe calls allowed. */
  callLimit: number
  unsubscribeCalls: number
  /** User IDs sent in all subscribe calls together. */
  subscribedUsers: number
  /** Users subscribed again after having been unsubscribed (churn). */
  resubscribed: number
  /** The most calls (both kinds, both phases) started within any window of `rateLimit.perMs`. */
  maxCallsInWindow: number
  rateLimit: { calls: number; perMs: number }
  /** Users still subscribed, after the grace period, whose row is no longer in the DOM. Must be 0. */
  heldNotShownAfterGrace: number
  /** Rows in the DOM with the list at rest (visible and overscan). */
  rowsAtRest: number
  /** Online dots shown with the list at rest (presence did arrive). */
  onlineDotsAtRest: number
  /** Users still subscribed after the list was closed and the grace period passed. Must be 0. */
  heldAfterClose: number
  graceMs: number
  /** How long the fling down and back took as the page's timers ran it. */
  scrollMs: number
  /** Then all 2,000 rows at once (not virtualized), until every row shows an answer, then closed. */
  allAtOnce: {
    usersShown: number
    subscribeCalls: number
    callLimit: number
    unsubscribeCalls: number
    /** Users still subscribed after closing and the grace period. Must be 0. */
    heldAfterClose: number
  }
}

/**
 * The persisted cache a run uses: none (cold), the kit's `PersistProfiles`, or TanStack's
 * `PersistQueryClientProvider` with its async-storage persister on IndexedDB, as documented
 * (`tanstack`: children render while it restores) or with the children held back until restored
 * (`tanstackGated`, the workaround an app needs for names on the first commit).
 */
export type PersisterName = 'none' | 'kit' | 'tanstack' | 'tanstackGated'

/** What one reload of the 1,000-card list measured (with a persisted cache, or cold). */
export interface ReloadResult {
  /** From `root.render` to the first commit showing all 1,000 names. */
  timeToAllNamesMs: number
  /** Adapter calls made when the first card committed (before the first paint of the list). */
  callsBeforeFirstCards: number
  /** Whether the first commit that showed cards showed every name. */
  namesOnFirstCommit: boolean
  /** Adapter calls made by the commit that showed every name (0: the names came from the store). */
  callsBeforeAllNames: number
  /** Adapter calls after a settling pause (revalidation of restored entries counts). */
  callsAfterSettling: number
  /** Profiles the first visit (as the persister is set up) stored within 1 s of all names showing. */
  storedByFirstVisit: number
}

/** What loading 10,000 profiles in 100 batches cost with a persisted cache writing along. */
export interface PersistLoadResult extends PersistenceWork {
  /** From `root.render` to every profile shown; `null`: not all shown within the cap. */
  loadMs: number | null
  /** Profiles shown when all showed or the cap was reached. */
  loaded: number
  /** Adapter calls (batches) it took. */
  calls: number
  longTasksOver50ms: number
  /** Their summed time over 50 ms each (total blocking time). */
  blockingMs: number
}

/** The `performance.mark`s around the big group's scroll: the runner's trace attributes the long tasks between them. */
export const SCROLL_MARKS = ['profile-kit-bench:scroll-start', 'profile-kit-bench:scroll-end'] as const

/** The big-group list: the kit, the kit with `dropUnwatched`, or the same list without the kit. */
export type BigGroupVariant = 'kit' | 'kitDropUnwatched' | 'baseline'

/** What one end-to-end scroll through the 10,000-member list measured. */
export interface BigGroupResult {
  /** Distinct members whose row rendered during the scroll. */
  distinctRendered: number
  /** Distinct members whose row showed their name at some point. */
  named: number
  adapterCalls: number
  requestedIDs: number
  /** IDs requested after every row showing them had unmounted (what `dropUnwatched` removes). */
  requestedAfterRowLeft: number
  /** The kit's cache entries before the scroll, at the bottom, and back at the top after gcTime. */
  cacheEntries: [number, number, number]
  /** Used JS heap (MB, after a full GC) at the same three points. */
  heapMB: [number, number, number]
}

/** One `useUserProfiles` over many IDs. */
export interface ManyIDsResult {
  count: number
  /** Mount to every profile shown, on a backend without latency. */
  coldMs: number
  /** A second mount with every profile cached (`flushSync`). */
  warmMs: number
}

/** The page's API, called by the runner (`bench/runner`) through Playwright, one scenario per call. */
export interface BenchApi {
  /** React's version as the page runs it. */
  reactVersion: string
  /** Fills a variant's cache (no latency) and keeps it for {@link BenchApi.mountOnce}. */
  prepareWarm(variant: VariantName): Promise<void>
  /** One warm mount: all cards with `flushSync(root.render)` on a fresh root; its milliseconds. */
  mountOnce(variant: VariantName): number
  /** Cold cache, slow adapter: time to all names and the adapter calls it took. */
  coldMount(variant: VariantName): Promise<ColdMountResult>
  /** Card renders after one change event renames a user shown by 4 cards. */
  rendersOnOneUpdate(variant: VariantName): Promise<number>
  /** A variant (the kit unless told) under 1,000 seeded change events in 100 tasks of 10 over 100 ms. */
  eventStorm(seed: number, variant?: VariantName): Promise<EventStormResult>
  /** A virtualized list of 2,000 users with presence, flung to the bottom and back. */
  presenceScroll(): Promise<PresenceScrollResult>
  /** A reload of the 1,000-card list with a persisted cache, or cold (`'none'`). */
  reloadMount(persister: PersisterName): Promise<ReloadResult>
  /** 10,000 profiles arriving in 100 batches with a persisted cache writing (throttled at 1 s), stopped after `capMs`. */
  persistLoad(persister: Exclude<PersisterName, 'tanstackGated'>, capMs: number): Promise<PersistLoadResult>
  /** The 10,000-member virtualized list scrolled end to end. */
  bigGroup(variant: BigGroupVariant): Promise<BigGroupResult>
  /** `useUserProfiles` over `count` IDs. */
  manyIDs(count: number): Promise<ManyIDsResult>
}

declare global {
  interface Window {
    bench: BenchApi
    /** React commits, counted by the DevTools hook stub in `index.html`. */
    __benchCommits: number
    /** React's build as it registered with the DevTools hook: `0` production, `1` development. */
    __benchReactBundleType: number | undefined
    /** Present when Chromium runs with `--js-flags=--expose-gc`. */
    gc?: () => void
    /** Switches the presence scenario's view (set while it is mounted). */
    __benchPresenceView?: (view: 'virtual' | 'closed' | 'full') => void
  }
}
