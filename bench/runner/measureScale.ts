import type { Page } from 'playwright'
import { SCROLL_MARKS, type BigGroupResult, type BigGroupVariant, type ReloadResult } from '../page/benchApi'
import { attributeMainThread, type Owner } from './attributeMainThread'
import { roundedByOwner, summarizeLongTasks, type LongTaskSummary } from './longTaskSummary'
import { median } from './median'
import { RELOAD_KINDS, formatPersisters, measurePersisters, type PersisterResults } from './measurePersisters'
import { BENCH_SCRIPT_OWNERS } from './scriptOwners'
import { TRACE_CATEGORIES } from './traceCategories'

/**
 * Reloads per kind (each persister and cold) and runs per list size. One round per reload kind, each
 * round starting with the next kind: the first reload of a round ran slower (TanStack's persister
 * restored twice as fast as the kit's when it always went second, and as fast when first).
 */
const RELOAD_RUNS = RELOAD_KINDS.length
const MANY_ID_RUNS = 3
const SIZES = [1_000, 10_000, 50_000] as const
const BIG_GROUP_VARIANTS: readonly BigGroupVariant[] = ['baseline', 'kit', 'kitDropUnwatched']

const round = (value: number, digits: number) => Number(value.toFixed(digits))

/** The scale scenarios (reload, big group, many IDs) as `results.json` reports them. */
export interface ScaleResults {
  reload: {
    persistedMs: number
    coldMs: number
    ratio: number
    /** The most calls any persisted reload made before its first cards committed (goal 0). */
    callsBeforeFirstCards: number
    /** Every persisted reload showed all names on the first commit with cards. */
    namesOnFirstCommit: boolean
    /** Calls after settling: the restored entries' revalidation (staleTime 0), in batches. */
    callsAfterSettling: number
    coldCalls: number
    runs: number
  }
  /** TanStack's own persister against `PersistProfiles`: reload, write cost while 10,000 load, bytes. */
  persisters: PersisterResults
  /**
   * One scroll per variant; `callLimit` is ceil(distinct rendered / 100) plus 10 %; `longTasks` and
   * `mainThreadMs` (the whole scroll's time by owner) from a trace of the scroll (the sampling
   * profiler slows every variant a little alike).
   */
  bigGroup: Record<
    BigGroupVariant,
    BigGroupResult & { callLimit: number; longTasks: LongTaskSummary; mainThreadMs: Record<Owner, number> }
  >
  manyIDs: {
    sizes: number[]
    /** Median ms per ID, cold (mount to all shown) and warm (cached mount), by size. */
    coldMsPerID: number[]
    warmMsPerID: number[]
    /** Per-ID time of each size over the 1,000-ID list's: 1.0 is flat (linear total). */
    coldRatios: number[]
    warmRatios: number[]
  }
}

/** Runs the reload, big-group and many-IDs scenarios through the page's `window.bench`. */
export async function measureScale(page: Page, log: (message: string) => void): Promise<ScaleResults> {
  log(
    `reloads of the 1,000-card list: ${RELOAD_KINDS.join(', ')} (${RELOAD_RUNS} each, each first in one round)`,
  )
  const reloads = Object.fromEntries(RELOAD_KINDS.map((kind) => [kind, [] as ReloadResult[]])) as Record<
    (typeof RELOAD_KINDS)[number],
    ReloadResult[]
  >
  for (let run = 0; run < RELOAD_RUNS; run++) {
    const order = [...RELOAD_KINDS.slice(run), ...RELOAD_KINDS.slice(0, run)]
    for (const kind of order) {
      reloads[kind].push(await page.evaluate((name) => window.bench.reloadMount(name), kind))
    }
  }
  const { kit: persisted, none: cold } = reloads
  const persistedMs = median(persisted.map((run) => run.timeToAllNamesMs))
  const coldMs = median(cold.map((run) => run.timeToAllNamesMs))

  const bigGroup = {} as ScaleResults['bigGroup']
  for (const variant of BIG_GROUP_VARIANTS) {
    log(`big group: 10,000 members scrolled end to end (${variant})`)
    const { result, longTasks, mainThreadMs } = await tracedBigGroup(page, variant)
    const callLimit = Math.floor(Math.ceil(result.distinctRendered / 100) * 1.1)
    bigGroup[variant] = { ...result, callLimit, longTasks, mainThreadMs }
  }

  log(`useUserProfiles with ${SIZES.join(', ')} IDs (${MANY_ID_RUNS} runs each)`)
  const coldMsPerID: number[] = []
  const warmMsPerID: number[] = []
  for (const size of SIZES) {
    const runs = []
    for (let run = 0; run < MANY_ID_RUNS; run++)
      runs.push(await page.evaluate((n) => window.bench.manyIDs(n), size))
    coldMsPerID.push(median(runs.map((run) => run.coldMs)) / size)
    warmMsPerID.push(median(runs.map((run) => run.warmMs)) / size)
  }
  const persisters = await measurePersisters(page, log, reloads)
  const ratios = (perID: number[]) => perID.map((value) => round(value / perID[0]!, 2))

  return {
    reload: {
      persistedMs: round(persistedMs, 1),
      coldMs: round(coldMs, 1),
      ratio: round(persistedMs / coldMs, 3),
      callsBeforeFirstCards: Math.max(...persisted.map((run) => run.callsBeforeFirstCards)),
      namesOnFirstCommit: persisted.every((run) => run.namesOnFirstCommit),
      callsAfterSettling: Math.max(...persisted.map((run) => run.callsAfterSettling)),
      coldCalls: Math.max(...cold.map((run) => run.callsAfterSettling)),
      runs: RELOAD_RUNS,
    },
    persisters,
    bigGroup,
    manyIDs: {
      sizes: [...SIZES],
      coldMsPerID: coldMsPerID.map((value) => round(value, 4)),
      warmMsPerID: warmMsPerID.map((value) => round(value, 4)),
      coldRatios: ratios(coldMsPerID),
      warmRatios: ratios(warmMsPerID),
    },
  }
}

/** One big-group scroll, traced: the page's result, and the scroll's long tasks by owner. */
async function tracedBigGroup(page: Page, variant: BigGroupVariant) {
  const browser = page.context().browser()!
  await browser.startTracing(page, { categories: [...TRACE_CATEGORIES] })
  const result = await page.evaluate((name) => window.bench.bigGroup(name), variant)
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString())
  const { longTasks, total } = attributeMainThread(traceEvents, SCROLL_MARKS, BENCH_SCRIPT_OWNERS)
  return { result, longTasks: summarizeLongTasks(longTasks), mainThreadMs: roundedByOwner(total) }
}

/** The scale results as plain-text lines under the main table. */
export function formatScale({ reload, persisters, bigGroup, manyIDs }: ScaleResults): string {
  const lines = [
    `reload, 1,000 cards: all names ${reload.persistedMs} ms persisted vs ${reload.coldMs} ms cold (ratio ${reload.ratio}); ` +
      `calls before the first cards ${reload.callsBeforeFirstCards} (goal 0); names on the first commit: ${reload.namesOnFirstCommit}; ` +
      `revalidation calls after settling ${reload.callsAfterSettling} (cold: ${reload.coldCalls})`,
    ...formatPersisters(persisters),
  ]
  for (const [variant, run] of Object.entries(bigGroup)) {
    lines.push(
      `big group (${variant}): ${run.distinctRendered} rows rendered, ${run.named} named; calls ${run.adapterCalls} (limit ${run.callLimit}), ` +
        `${run.requestedIDs} IDs requested, ${run.requestedAfterRowLeft} after their row left; ${formatLongTasks(run.longTasks, run.mainThreadMs)}; ` +
        `cache entries ${run.cacheEntries.join(' -> ')}; heap MB ${run.heapMB.join(' -> ')}`,
    )
  }
  lines.push(
    `useUserProfiles ${manyIDs.sizes.join(' / ')} IDs: ms per ID cold ${manyIDs.coldMsPerID.join(' / ')} (ratios ${manyIDs.coldRatios.join(' / ')}), ` +
      `warm ${manyIDs.warmMsPerID.join(' / ')} (ratios ${manyIDs.warmRatios.join(' / ')})`,
  )
  return lines.join('\n')
}

/** The scale goals these results miss, each as a sentence. */
export function scaleMisses({ reload, persisters, bigGroup, manyIDs }: ScaleResults): string[] {
  const misses: string[] = []
  const miss = (failed: boolean, text: string) => failed && misses.push(text)
  miss(
    reload.callsBeforeFirstCards > 0,
    `reload: ${reload.callsBeforeFirstCards} calls before the first cards`,
  )
  miss(!reload.namesOnFirstCommit, 'reload: names missing on the first commit with cards')
  // The kit's reason for its own persister: less persistence work than TanStack's while a big list loads.
  const { kit, tanstack } = persisters.load
  miss(
    kit.loadMs === null || kit.persistMs >= tanstack.persistMs,
    `persisters: PersistProfiles spent ${kit.persistMs} ms persisting the 10,000-profile load, TanStack's ${tanstack.persistMs} ms`,
  )
  for (const variant of ['kit', 'kitDropUnwatched'] as const) {
    const run = bigGroup[variant]
    miss(
      run.adapterCalls > run.callLimit,
      `big group (${variant}): ${run.adapterCalls} calls > ${run.callLimit}`,
    )
    miss(
      run.longTasks.causedByKit > 0,
      `big group (${variant}): ${run.longTasks.causedByKit} long tasks caused by the kit (its code and TanStack Query's under it)`,
    )
  }
  const dropped = bigGroup.kitDropUnwatched.requestedAfterRowLeft
  miss(dropped > 0, `big group (dropUnwatched): ${dropped} IDs requested after their row left`)
  for (const [index, ratio] of manyIDs.coldRatios.entries()) {
    miss(
      ratio > 1.5,
      `useUserProfiles: ${manyIDs.sizes[index]} IDs cost ${ratio}x the per-ID time of 1,000 (cold)`,
    )
  }
  return misses
}

/** Long tasks as one clause: how many, the longest, how many the kit caused, and the scroll's time by owner. */
function formatLongTasks(summary: LongTaskSummary, mainThreadMs: Record<Owner, number>) {
  const { count, longestMs, longOnCpu, causedByKit, maxKitMsInOneTask } = summary
  const owners = Object.entries(mainThreadMs)
    .map(([owner, ms]) => `${owner} ${Math.round(ms)}`)
    .join(', ')
  return (
    `long tasks ${count} (longest ${longestMs} ms; ${longOnCpu} over 50 ms of CPU time), caused by the kit ${causedByKit}, ` +
    `most kit time in one ${maxKitMsInOneTask} ms; main thread ms during the scroll: ${owners}`
  )
}
