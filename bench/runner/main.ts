import { writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { chromium } from 'playwright'
import { chromiumLaunchOptions } from '../../tooling/chromium.ts'
import type { BenchResults } from './BenchResults'
import { formatTable } from './formatTable'
import { goalMisses } from './goalMisses'
import { measurePage } from './measurePage'
import { formatScale, measureScale, scaleMisses } from './measureScale'
import { measureSizes } from './measureSizes'
import { RESULTS_FILE } from './paths'
import { readEnv } from './readEnv'
import { servePage } from './servePage'
import { summarize } from './summarize'

const startedAt = performance.now()
const log = (message: string) =>
  console.log(`bench [${Math.round((performance.now() - startedAt) / 1000)} s]: ${message}`)
// Timings on a shared machine depend on what else runs: the load average goes into the log.
const load = () =>
  `load average ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')}`

/**
 * `pnpm bench`: measures sizes, builds and serves the bench page, drives it in Debian's Chromium,
 * prints the table and the missed goals, and writes `bench/results.json`.
 * `pnpm bench --scale` runs only the scale scenarios and prints them, leaving `results.json` as it is.
 */
async function measureSizesLogged() {
  log(`sizes (size-limit, esbuild preset, gzip); ${load()}`)
  return measureSizes()
}

export async function main(): Promise<void> {
  const scaleOnly = process.argv.includes('--scale')
  const gzipBytes = scaleOnly ? undefined : await measureSizesLogged()
  log('building the bench page (vite build, production React)')
  const served = await servePage()
  const launch = chromiumLaunchOptions()
  // --expose-gc: each warm mount starts from a collected heap, so GC from earlier runs is not billed to it.
  const browser = await chromium.launch({
    ...launch,
    args: [...launch.args, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  })
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
    const measured = gzipBytes === undefined ? undefined : await measurePage(page, log)
    const scale = await measureScale(page, log)
    if (pageErrors.length > 0) throw new Error(`bench: the page reported errors:\n${pageErrors.join('\n')}`)
    if (measured === undefined || gzipBytes === undefined) {
      console.log(`\n${formatScale(scale)}\n`)
      scaleMisses(scale).forEach((miss) => console.log(`goal missed: ${miss}`))
      log(`scale only: bench/results.json left as it was; ${load()}`)
      return
    }
    const react = await page.evaluate(() => window.bench.reactVersion)
    const { results: summary, kitVsExpertMount } = summarize(measured)
    const results: BenchResults = { env: readEnv(browser.version(), react), ...summary, scale, gzipBytes }
    writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`)
    console.log(`\n${formatTable(results, kitVsExpertMount)}\n\n${formatScale(scale)}\n`)
    goalMisses(results, kitVsExpertMount).forEach((miss) => console.log(`goal missed: ${miss}`))
    scaleMisses(scale).forEach((miss) => console.log(`goal missed: ${miss}`))
    log(`wrote bench/results.json; ${load()}`)
  } finally {
    await browser.close()
    await served.close()
  }
}
