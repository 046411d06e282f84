import type { PresenceScrollResult } from '../page/benchApi'

/** `bench/results.json`, which BENCHMARKS.md reports. Ratios are kit / naivePerCard. */
export interface BenchResults {
  env: { date: string; cpu: string; chromium: string; react: string; tanstackQuery: string }
  adapterCalls: { kit: number; naivePerCard: number; expertBatched: number; limit: number }
  rendersOnOneUpdate: {
    kit: number
    naivePerCard: number
    expertBatched: number
    listQuery: number
    limit: number
  }
  mountMs: {
    kit: number
    naivePerCard: number
    expertBatched: number
    ratio: number
    ratioCI95: [number, number]
    runs: number
  }
  timeToAllNamesMs: { kit: number; naivePerCard: number; expertBatched: number; ratio: number }
  eventStormCommits: { kit: number; events: number; coalesceMs: number }
  /** The presence scroll (2,000 users, Tencent's limits): see `bench/page/presenceScroll.tsx`. */
  presence: PresenceScrollResult
  /** `null` where a package could not be measured (its build failed, or the stylesheet does not exist yet). */
  gzipBytes: { core: number | null; ui: number | null; uiCss: number | null }
}
