import type { Page } from 'playwright'
import type { PersistLoadResult, PersisterName, ReloadResult } from '../page/benchApi'
import { median } from './median'
import { measurePersisterBundles, type PersisterBundles } from './measurePersisterBundles'

/** The reload kinds; round `r` of the reloads starts with kind `r` (see `measureScale`). */
export const RELOAD_KINDS = ['kit', 'tanstackGated', 'tanstack', 'none'] as const satisfies PersisterName[]
const LOAD_KINDS = ['kit', 'tanstack', 'none'] as const satisfies PersisterName[]
type LoadKind = (typeof LOAD_KINDS)[number]
/** One run each: the gap between the persisters is far beyond run-to-run noise. */
const LOAD_RUNS = 1
/**
 * TanStack's persister needed 60 s and 90 s here to let the 10,000 profiles show (two uncapped
 * runs, BENCHMARKS.md); the bench stops a load after this long, so its counts are lower bounds.
 */
const LOAD_CAP_MS = 20_000

const round = (value: number, digits: number) => Number(value.toFixed(digits))

/** One reload kind over its runs: medians of times, the worst of the counts. */
export interface PersisterReload {
  timeToAllNamesMs: number
  /** Its time over the kit's (`PersistProfiles`). */
  ratioToKit: number
  callsBeforeFirstCards: number
  callsBeforeAllNames: number
  namesOnFirstCommit: boolean
  callsAfterSettling: number
  /** The fewest profiles (of 250) a first visit stored, as the persister is set up. */
  storedByFirstVisit: number
}

/** One load kind, medians over its runs; `persistMs` is dehydrate + serialize + IndexedDB put. */
export type PersisterLoad = PersistLoadResult & { persistMs: number }

/** TanStack's persister against the kit's `PersistProfiles` (and none), as `results.json` reports it. */
export interface PersisterResults {
  reload: Record<(typeof RELOAD_KINDS)[number], PersisterReload>
  load: Record<LoadKind, PersisterLoad>
  /** TanStack's over the kit's, for the load: persistence time, dehydrate passes, writes. */
  loadRatios: { persistMs: number; dehydrates: number; writes: number }
  bundle: PersisterBundles
  runs: { reload: number; load: number }
}

/**
 * Summarizes the reloads (run by `measureScale` with the others, alternating), then runs the
 * 10,000-profile load with each persister (alternating, {@link LOAD_RUNS} each) and measures the
 * bytes each adds to an app.
 */
export async function measurePersisters(
  page: Page,
  log: (message: string) => void,
  reloads: Record<(typeof RELOAD_KINDS)[number], ReloadResult[]>,
): Promise<PersisterResults> {
  log(
    `10,000 profiles in 100 batches with each persister writing (${LOAD_RUNS} run each, cap ${LOAD_CAP_MS / 1000} s)`,
  )
  const loads = Object.fromEntries(LOAD_KINDS.map((kind) => [kind, [] as PersistLoadResult[]]))
  for (let run = 0; run < LOAD_RUNS; run++) {
    for (const kind of LOAD_KINDS) {
      const args = [kind, LOAD_CAP_MS] as const
      loads[kind]!.push(await page.evaluate(([name, capMs]) => window.bench.persistLoad(name, capMs), args))
    }
  }
  log('gzip bytes each persister adds to an app (size-limit)')
  const bundle = await measurePersisterBundles()

  const kitMs = median(reloads.kit.map((run) => run.timeToAllNamesMs))
  const reload = {} as PersisterResults['reload']
  for (const kind of RELOAD_KINDS) reload[kind] = summarizeReload(reloads[kind], kitMs)
  const load = {} as PersisterResults['load']
  for (const kind of LOAD_KINDS) load[kind] = summarizeLoad(loads[kind]!)
  const ratio = (key: 'persistMs' | 'dehydrates' | 'writes') =>
    round(load.tanstack[key] / Math.max(load.kit[key], 1e-9), 1)
  return {
    reload,
    load,
    loadRatios: { persistMs: ratio('persistMs'), dehydrates: ratio('dehydrates'), writes: ratio('writes') },
    bundle,
    runs: { reload: reloads.kit.length, load: LOAD_RUNS },
  }
}

function summarizeReload(runs: ReloadResult[], kitMs: number): PersisterReload {
  const ms = median(runs.map((run) => run.timeToAllNamesMs))
  const most = (key: 'callsBeforeFirstCards' | 'callsBeforeAllNames' | 'callsAfterSettling') =>
    Math.max(...runs.map((run) => run[key]))
  return {
    timeToAllNamesMs: round(ms, 1),
    ratioToKit: round(ms / kitMs, 2),
    callsBeforeFirstCards: most('callsBeforeFirstCards'),
    callsBeforeAllNames: most('callsBeforeAllNames'),
    namesOnFirstCommit: runs.every((run) => run.namesOnFirstCommit),
    callsAfterSettling: most('callsAfterSettling'),
    storedByFirstVisit: Math.min(...runs.map((run) => run.storedByFirstVisit)),
  }
}

function summarizeLoad(runs: PersistLoadResult[]): PersisterLoad {
  const persistMs = (run: PersistLoadResult) => run.dehydrateMs + run.serializeMs + run.writeMs
  const capped = runs.some((run) => run.loadMs === null)
  const summary = {
    persistMs: round(median(runs.map(persistMs)), 1),
    loadMs: capped ? null : round(median(runs.map((run) => run.loadMs ?? 0)), 1),
  } as PersisterLoad
  const counts = Object.keys(runs[0]!).filter((key) => key !== 'loadMs') as Array<
    Exclude<keyof PersistLoadResult, 'loadMs'>
  >
  for (const key of counts) summary[key] = round(median(runs.map((run) => run[key])), 1)
  return summary
}

/** The comparison as plain-text lines under the scale results. */
export function formatPersisters({ reload, load, loadRatios, bundle }: PersisterResults): string[] {
  const { kit, tanstackGated: gated, tanstack, none } = reload
  const yes = (value: boolean) => (value ? 'yes' : 'no')
  // A capped run's counts stop at the cap: at least this much.
  const atLeast = (run: PersisterLoad) => (run.loadMs === null ? '≥ ' : '')
  const loaded = (run: PersisterLoad) =>
    run.loadMs === null ? `${run.loaded} of 10,000 shown at the cap` : `loaded in ${run.loadMs} ms`
  const loadLine = (name: string, run: PersisterLoad) =>
    `${name} ${atLeast(run)}${run.persistMs} ms (${run.dehydrates} dehydrates ${run.dehydrateMs} ms, serialize ${run.serializeMs} ms, ` +
    `${run.writes} writes ${run.writeMs} ms; ${loaded(run)}, blocking ${run.blockingMs} ms)`
  return [
    `persisters, reload of 1,000 cards, all names: PersistProfiles ${kit.timeToAllNamesMs} ms, ` +
      `TanStack gated on useIsRestoring ${gated.timeToAllNamesMs} ms (${gated.ratioToKit}x), TanStack as documented ${tanstack.timeToAllNamesMs} ms (${tanstack.ratioToKit}x), ` +
      `cold ${none.timeToAllNamesMs} ms (${none.ratioToKit}x); names on the first commit ${yes(kit.namesOnFirstCommit)} / ${yes(gated.namesOnFirstCommit)} / ${yes(tanstack.namesOnFirstCommit)} / ${yes(none.namesOnFirstCommit)}; ` +
      `calls before all names ${kit.callsBeforeAllNames} / ${gated.callsBeforeAllNames} / ${tanstack.callsBeforeAllNames} / ${none.callsBeforeAllNames}; ` +
      `profiles a first visit stored ${kit.storedByFirstVisit} / ${gated.storedByFirstVisit} / ${tanstack.storedByFirstVisit} of 250`,
    `persisters, 10,000 profiles in 100 batches, main-thread time in persistence: ${loadLine('PersistProfiles', load.kit)}; ` +
      `${loadLine('TanStack', load.tanstack)}; none: ${loaded(load.none)}, blocking ${load.none.blockingMs} ms; ` +
      `TanStack / PersistProfiles: time ${atLeast(load.tanstack)}${loadRatios.persistMs}x, dehydrates ${loadRatios.dehydrates}x, writes ${loadRatios.writes}x`,
    `persisters, gzip bytes added to an app (ProfileProvider + useUserProfiles, ${bundle.baseBytes} B): PersistProfiles ${bundle.kitBytes} B, ` +
      `TanStack persist-client + async-storage persister + idb-keyval ${bundle.tanstackBytes} B (with one query-core: ${bundle.tanstackOneCoreBytes} B)`,
  ]
}
