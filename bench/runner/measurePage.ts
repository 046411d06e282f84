import type { Page } from 'playwright'
import type { ColdMountResult, EventStormResult, PresenceScrollResult } from '../page/benchApi'
import { alternate } from './alternate'
import { measureMount, MOUNT_RUNS } from './measureMount'
import { median } from './median'

/** The variants every scenario compares; `listQuery` joins only the renders scenario. */
export const MEASURED = ['kit', 'naivePerCard', 'expertBatched'] as const
export type Measured = (typeof MEASURED)[number]

/** Cold mounts per variant (a naive one takes 2–3 s), renders runs, storm runs and the storm's seed. */
const COLD_RUNS = 5
const RENDER_RUNS = 2
const STORM_RUNS = 3
const STORM_SEED = 6

/** Everything measured in the page, raw, by variant and run. */
export interface PageMeasurements {
  cold: Record<Measured, ColdMountResult[]>
  renders: Record<Measured | 'listQuery', number[]>
  mount: Record<Measured, number[]>
  storms: EventStormResult[]
  presence: PresenceScrollResult
}

/**
 * Runs every scenario through the page's `window.bench`, logging progress and the context
 * numbers that explain the results (commits until all names, the storm's delivered span).
 */
export async function measurePage(page: Page, log: (message: string) => void): Promise<PageMeasurements> {
  log(`cold mounts on the slow adapter (${COLD_RUNS} per variant)`)
  const cold = await alternate(MEASURED, COLD_RUNS, (variant) =>
    page.evaluate((name) => window.bench.coldMount(name), variant),
  )
  const coldCommits = MEASURED.map(
    (variant) => `${variant} ${median(cold[variant].map((run) => run.commits))}`,
  )
  log(`commits until all names (median): ${coldCommits.join(', ')}`)

  log(`renders on one update (${RENDER_RUNS} per variant)`)
  const renders = await alternate([...MEASURED, 'listQuery'] as const, RENDER_RUNS, (variant) =>
    page.evaluate((name) => window.bench.rendersOnOneUpdate(name), variant),
  )

  log(`warm mounts (${MOUNT_RUNS} per variant, alternating, after warm-up)`)
  const mount = await measureMount(page, MEASURED)

  log(`event storm (${STORM_RUNS} runs, seed ${STORM_SEED})`)
  const storms: EventStormResult[] = []
  for (let run = 0; run < STORM_RUNS; run++) {
    storms.push(await page.evaluate((seed) => window.bench.eventStorm(seed), STORM_SEED))
  }
  const spans = storms.map((storm) => Math.round(storm.spanMs)).join(', ')
  log(`storm spans as delivered: ${spans} ms (planned 99; longer means a busy main thread)`)
  // Context only (not in results.json): the same storm on per-user queries patched event by event.
  const naive = await page.evaluate((seed) => window.bench.eventStorm(seed, 'naivePerCard'), STORM_SEED)
  log(
    `for context, naivePerCard in the same storm: ${naive.commits} commits over ${Math.round(naive.spanMs)} ms`,
  )

  log('presence: a virtualized list of 2,000 users flung down and back (about 30 s, in real time)')
  const presence = await page.evaluate(() => window.bench.presenceScroll())
  log(
    `presence: ${presence.subscribeCalls} subscribe calls for ${presence.usersShown} users shown ` +
      `(limit ${presence.callLimit}), ${presence.unsubscribeCalls} unsubscribe calls, ` +
      `at most ${presence.maxCallsInWindow} calls in ${presence.rateLimit.perMs} ms (limit ${presence.rateLimit.calls}), ` +
      `${presence.heldNotShownAfterGrace} held but not shown after the grace period, ${presence.heldAfterClose} after closing`,
  )
  return { cold, renders, mount, storms, presence }
}
