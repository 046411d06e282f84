import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright'
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest'
import { chromiumLaunchOptions } from '../../../tooling/chromium.ts'

/** A fresh visitor's tab on the demo, with everything the page logged as an error. */
export interface DemoPage {
  page: Page
  context: BrowserContext
  /** `console.error` messages and uncaught exceptions, in order. */
  errors: string[]
}

export interface OpenOptions {
  /** Defaults to 1280×800. */
  viewport?: { width: number; height: number }
  /** The system theme the demo starts with. Defaults to `'light'`. */
  colorScheme?: 'light' | 'dark'
  /** Query string of the page address, e.g. `'?backend=tencent'`. Defaults to none. */
  search?: string
}

/** Desktop and phone sizes the demo is designed for. */
export const DESKTOP = { width: 1280, height: 800 }
export const PHONE = { width: 390, height: 844 }

/**
 * One Chromium per test file (Debian's, never a download); each test gets a fresh context, so no
 * storage leaks between tests. After each test the page must have logged no errors.
 *
 * @example
 * ```ts
 * const demo = setupDemo()
 * it('…', async () => { const { page } = await demo.open() })
 * ```
 */
export function setupDemo(): { open(options?: OpenOptions): Promise<DemoPage> } {
  let browser: Browser | undefined
  const opened: DemoPage[] = []
  beforeAll(async () => {
    browser = await chromium.launch(chromiumLaunchOptions())
  })
  afterEach(async () => {
    const errors = opened.flatMap((demo) => demo.errors)
    await Promise.all(opened.splice(0).map((demo) => demo.context.close()))
    expect(errors, 'errors logged by the page').toEqual([])
  })
  afterAll(async () => {
    await browser?.close()
  })
  return {
    async open(options = {}) {
      if (!browser) throw new Error('setupDemo() must be called at the top of a test file, outside tests.')
      const context = await browser.newContext({
        viewport: options.viewport ?? DESKTOP,
        colorScheme: options.colorScheme ?? 'light',
        reducedMotion: 'reduce',
      })
      const page = await context.newPage()
      const demo: DemoPage = { page, context, errors: [] }
      opened.push(demo)
      page.on('console', (message) => {
        if (message.type() === 'error') demo.errors.push(`console.error: ${message.text()}`)
      })
      page.on('pageerror', (error) => demo.errors.push(`uncaught: ${error.message}`))
      await page.goto(new URL(options.search ?? '', inject('demoURL')).href)
      await sendersLoaded(page)
      return demo
    },
  }
}

/** Waits until every message row shows its sender (no "Loading name…" placeholder left). */
export async function sendersLoaded(page: Page): Promise<void> {
  const log = page.getByRole('log')
  await log.waitFor()
  await expect.poll(() => log.getByRole('button', { name: /^View profile of / }).count()).toBeGreaterThan(0)
  await expect.poll(() => log.getByText('Loading name…').count()).toBe(0)
}

/** A number from the "Adapter calls" panel ("Calls so far", "IDs requested", "Failed"). */
export async function callStat(page: Page, label: string): Promise<number> {
  await page.getByRole('tab', { name: /Adapter calls/ }).click()
  const value = page.getByRole('tabpanel', { name: /Adapter calls/ }).locator(`dt:text-is("${label}") + dd`)
  return Number(await value.textContent())
}

/** Opens the card of the last sender in the message log, as a person clicks their avatar, and waits until it shows them. */
export async function openLastSendersCard(page: Page): Promise<void> {
  await page
    .getByRole('log')
    .getByRole('button', { name: /^View profile of / })
    .last()
    .click()
  await page.getByRole('dialog').locator('[data-state="ready"]').waitFor()
}

/** The names shown on my own messages (the rows marked "you"). */
export function myNames(page: Page): Promise<string[]> {
  return page.getByRole('log').locator('li[data-mine] .msg__name').allTextContents()
}

/**
 * The accessible names of the avatar buttons in `scope`, in order, read from the accessibility
 * tree (what a screen reader announces), e.g. `['Maya Patel', 'Jonas Berg']`, without the
 * presence the avatars add (", Online", ", Last seen 5 minutes ago").
 */
export async function avatarButtonNames(scope: Locator): Promise<string[]> {
  const snapshot = await scope.ariaSnapshot()
  return [
    ...snapshot.matchAll(/button "View profile of (.+?)(?:, (?:Online|Offline|Last seen [^"]*))?"/g),
  ].map((match) => match[1] ?? '')
}
