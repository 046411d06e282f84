import { writeFileSync } from 'node:fs'
import { chromium, type Page } from 'playwright'
import { chromiumLaunchOptions } from '../../tooling/chromium.ts'
import type { VariantName } from '../page/benchApi'
import type { BenchResults } from './BenchResults'
import { bootstrapRatioCI } from './bootstrapRatioCI'
import { formatTable } from './formatTable'
import { goalMisses } from './goalMisses'
import { measureMount, MOUNT_RUNS } from './measureMount'
import { measureSizes } from './measureSizes'
import { median } from './median'
import { RESULTS_FILE } from './paths'
import { readEnv } from './readEnv'
import { servePage } from './servePage'

/** Cold mounts per variant (the naive one takes ~2 s each), renders runs, storm runs. */
const COLD_RUNS = 5
const RENDER_RUNS = 2
const STORM_RUNS = 3
const STORM_SEED = 6
/** ceil(250 users / maxBatchSize 100) calls; the 4 cards of the changed user. */
const CALL_LIMIT = Math.ceil(250 / 100)
const RENDER_LIMIT = 4

const MEASURED = ['kit', 'naivePerCard', 'expertBatched'] as const
const round = (value: number, digits: number) => Number(value.toFixed(digits))
const startedAt = performance.now()
const log = (message: string) =>
  console.log(`bench [${Math.round((performance.now() - startedAt) / 1000)} s]: ${message}`)

/** Rounds of all variants, alternating direction; returns each variant's values in run order. */
async function alternate<V extends VariantName, T>(
  variants: readonly V[],
  rounds: number,
  run: (variant: V) => Promise<T>,
): Promise<Record<V, T[]>> {
  const results = Object.fromEntries(variants.map((variant) => [variant, [] as T[]])) as Record<V, T[]>
  for (let index = 0; index < rounds; index++) {
    for (const variant of index % 2 === 0 ? variants : [...variants].reverse())
      results[variant].push(await run(variant))
  }
  return results
}

async function measurePage(page: Page) {
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
  const storms = []
  for (let run = 0; run < STORM_RUNS; run++) {
    storms.push(await page.evaluate((seed) => window.bench.eventStorm(seed), STORM_SEED))
  }
  log(
    `storm spans as delivered: ${storms.map((storm) => Math.round(storm.spanMs)).join(', ')} ms (planned 99)`,
  )
  return { cold, renders, mount, storms }
}

function summarize(measured: Awaited<ReturnType<typeof measurePage>>) {
  const { cold, renders, mount, storms } = measured
  // Conservative where runs can differ: the most calls, renders and commits seen.
  const calls = (variant: (typeof MEASURED)[number]) =>
    Math.max(...cold[variant].map((run) => run.adapterCalls))
  const names = (variant: (typeof MEASURED)[number]) =>
    round(median(cold[variant].map((run) => run.timeToAllNamesMs)), 1)
  const mountMedian = (variant: (typeof MEASURED)[number]) => round(median(mount[variant]), 2)
  const [lo, hi] = bootstrapRatioCI(mount.kit, mount.naivePerCard)
  return {
    adapterCalls: {
      kit: calls('kit'),
      naivePerCard: calls('naivePerCard'),
      expertBatched: calls('expertBatched'),
      limit: CALL_LIMIT,
    },
    rendersOnOneUpdate: {
      kit: Math.max(...renders.kit),
      naivePerCard: Math.max(...renders.naivePerCard),
      expertBatched: Math.max(...renders.expertBatched),
      listQuery: Math.max(...renders.listQuery),
      limit: RENDER_LIMIT,
    },
    mountMs: {
      kit: mountMedian('kit'),
      naivePerCard: mountMedian('naivePerCard'),
      expertBatched: mountMedian('expertBatched'),
      ratio: round(median(mount.kit) / median(mount.naivePerCard), 3),
      ratioCI95: [round(lo, 3), round(hi, 3)] as [number, number],
      runs: MOUNT_RUNS,
    },
    timeToAllNamesMs: {
      kit: names('kit'),
      naivePerCard: names('naivePerCard'),
      expertBatched: names('expertBatched'),
      ratio: round(
        median(cold.kit.map((run) => run.timeToAllNamesMs)) /
          median(cold.naivePerCard.map((run) => run.timeToAllNamesMs)),
        3,
      ),
    },
    eventStormCommits: {
      kit: Math.max(...storms.map((storm) => storm.commits)),
      events: storms[0]?.events ?? 0,
      coalesceMs: storms[0]?.coalesceMs ?? 0,
    },
  }
}

/**
 * `pnpm bench`: measures sizes, builds and serves the bench page, drives it in Debian's Chromium,
 * prints the table and writes `bench/results.json`.
 */
export async function main(): Promise<void> {
  log('sizes (size-limit, esbuild preset, gzip)')
  const gzipBytes = await measureSizes()
  log('building the bench page (vite build, production React)')
  const served = await servePage()
  const launch = chromiumLaunchOptions()
  // --expose-gc: each warm mount starts from a collected heap, so GC from earlier runs is not billed to it.
  const browser = await chromium.launch({ ...launch, args: [...launch.args, '--js-flags=--expose-gc'] })
  try {
    const page = await browser.newPage()
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    page.on('console', (message) => message.type() === 'error' && pageErrors.push(message.text()))
    await page.goto(served.url)
    await page.waitForFunction(() => window.bench !== undefined)
    const bundleType = await page.evaluate(() => window.__benchReactBundleType)
    if (bundleType !== 0)
      throw new Error(`bench: the page runs React's build type ${bundleType}, not production (0).`)
    const measured = await measurePage(page)
    if (pageErrors.length > 0) throw new Error(`bench: the page reported errors:\n${pageErrors.join('\n')}`)
    const react = await page.evaluate(() => window.bench.reactVersion)
    const results: BenchResults = {
      env: readEnv(browser.version(), react),
      ...summarize(measured),
      gzipBytes,
    }
    writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`)
    console.log(`\n${formatTable(results)}\n`)
    const misses = goalMisses(results)
    misses.forEach((miss) => console.log(`goal missed: ${miss}`))
    log('wrote bench/results.json')
  } finally {
    await browser.close()
    await served.close()
  }
}
