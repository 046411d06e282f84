import { chromium, type Browser, type Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumLaunchOptions } from '../../tooling/chromium.ts'
import { attributeMainThread, type TraceEvent } from './attributeMainThread'
import { TRACE_CATEGORIES } from './traceCategories'

/** Two scripts with the same busy loop under different names: whose time is whose is known. */
const SCRIPTS: Record<string, string> = {
  '/kit.js': 'function kitWork(ms) { const end = performance.now() + ms; while (performance.now() < end); }',
  '/app.js': 'function appWork(ms) { const end = performance.now() + ms; while (performance.now() < end); }',
}
const OWNERS = { kit: /\/kit\.js$/, query: /\/query\.js$/, react: /\/react\.js$/ }

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions())
  page = await browser.newPage()
  await page.route('http://trace.test/**', (route) => {
    const path = new URL(route.request().url()).pathname
    const script = SCRIPTS[path]
    if (script) return route.fulfill({ contentType: 'text/javascript', body: script })
    return route.fulfill({
      contentType: 'text/html',
      body: '<script src="/kit.js"></script><script src="/app.js"></script>',
    })
  })
  await page.goto('http://trace.test/')
})
afterAll(() => browser.close())

/** Runs `work` in the page between the marks 'from' and 'to', traced. */
async function traced(work: () => Promise<void>): Promise<TraceEvent[]> {
  await browser.startTracing(page, { categories: [...TRACE_CATEGORIES] })
  await page.evaluate(work)
  return JSON.parse((await browser.stopTracing()).toString()).traceEvents
}

describe('attributeMainThread, on a real Chromium trace', () => {
  it("finds the long tasks between the marks and bills each one's time to the script that ran", async () => {
    const events = await traced(
      () =>
        new Promise<void>((done) => {
          const run = (ms: number, work: () => void) => setTimeout(work, ms)
          const page = window as unknown as Record<string, (ms: number) => void>
          page.appWork!(80) // before the first mark: not counted
          performance.mark('from')
          run(10, () => (page.kitWork!(30), page.appWork!(45)))
          run(250, () => page.appWork!(5)) // not a long task
          run(400, () => page.kitWork!(70))
          run(600, () => (performance.mark('to'), done()))
        }),
    )
    const { longTasks, total } = attributeMainThread(events, ['from', 'to'], OWNERS)

    expect(longTasks).toHaveLength(2)
    const [shared, kitOnly] = longTasks
    expect(shared!.durationMs).toBeGreaterThanOrEqual(75)
    expect(shared!.cpuMs).toBeGreaterThan(0)
    expect(shared!.cpuMs).toBeLessThanOrEqual(shared!.durationMs)
    // Wide margins: on a loaded machine the sampler waits for the CPU too, so samples thin out.
    expect(shared!.ms.kit).toBeGreaterThan(10)
    expect(shared!.ms.app).toBeGreaterThan(15)
    expect(shared!.ms.kit + shared!.ms.app).toBeGreaterThan(shared!.durationMs * 0.6)
    expect(kitOnly!.ms.kit).toBeGreaterThan(40)
    expect(kitOnly!.ms.app).toBeLessThan(5)
    expect(kitOnly!.startMs).toBeGreaterThan(350)
    // The whole window holds the short task too: kit 30 + 70 ms, app 45 + 5 ms.
    expect(total.kit).toBeGreaterThan(total.app)
    expect(total.app).toBeGreaterThan(20)
  })

  it('says which mark is missing rather than reporting no long tasks', async () => {
    const events = await traced(async () => void performance.mark('from'))
    expect(() => attributeMainThread(events, ['from', 'to'], OWNERS)).toThrow(/no user-timing mark 'to'/)
  })
})
