import type { PresenceScrollResult } from '../page/benchApi'
import type { ScaleResults } from './measureScale'

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
  /** Reload with the persisted cache, the 10,000-member list, and `useUserProfiles` at 1k–50k IDs. */
  scale: ScaleResults
  /** `null` where a package could not be measured (its build failed, or the stylesheet does not exist yet). */
  gzipBytes: { core: number | null; ui: number | null; uiCss: number | null }
}
