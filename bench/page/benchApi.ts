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
  }
}
