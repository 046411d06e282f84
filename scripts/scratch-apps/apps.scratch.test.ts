import { chromium, type Browser, type Page } from 'playwright'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import { chromiumLaunchOptions } from '../../tooling/chromium.ts'
import { scratchApps } from './apps.ts'
import { prepareApp, type ServedApp } from './prepareApp.ts'

describe.each(scratchApps)('the packed tarballs in $name', (app) => {
  let served: ServedApp | undefined
  let browser: Browser | undefined
  let errors: string[] = []

  beforeAll(async () => {
    served = await prepareApp(app, inject('tarballs'), inject('scratchRoot'))
    browser = await chromium.launch(chromiumLaunchOptions())
  })
  afterEach(() => {
    expect(errors, 'console errors and warnings, uncaught exceptions on the page').toEqual([])
    errors = []
  })
  afterAll(async () => {
    await browser?.close()
    await served?.stop()
  })

  async function open(): Promise<Page> {
    if (!browser || !served) throw new Error(`${app.name} was not built and served`)
    const page = await (await browser.newContext()).newPage()
    page.on('console', (message) => {
      // Warnings too: React reports hydration mismatches as console errors or warnings.
      if (message.type() === 'error' || message.type() === 'warning')
        errors.push(`console.${message.type()}: ${message.text()} (${message.location().url})`)
    })
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`))
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`)
    })
    await page.goto(served.url)
    if (app.serverRendered) await hydrated(page)
    return page
  }

  if (app.serverRendered) {
    it('sends the names in the server HTML, before any JavaScript runs', async () => {
      if (!served) throw new Error(`${app.name} was not built and served`)
      const response = await fetch(served.url)
      expect(response.status).toBe(200)
      // The Server Components payload in <script> tags carries the names as data even when server
      // rendering failed: look at the markup only.
      const markup = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, '')
      for (const name of ['王美玲', 'Bob Ross', 'Ada Lovelace'])
        expect(markup).toContain(`<span>${name}</span>`)
      expect(markup).toContain('value="Ada Lovelace"') // the editor, filled in by the server
    })

    it('hydrates without warnings or errors, and the editor responds', async () => {
      const page = await open()
      const save = page.getByRole('button', { name: 'Save changes' })
      expect(await save.getAttribute('aria-disabled')).toBe('true')
      await page.getByLabel('Nickname').fill('Ada King')
      await expect.poll(() => save.getAttribute('aria-disabled')).toBeNull()
      await page.close() // afterEach asserts no console error or warning was logged
    })
  }

  /**
   * Waits until React has hydrated the server HTML: before that, a typed value or a click on Save
   * reaches no handler. React marks each node it hydrated with its fiber (an internal, stable since
   * React 17); the Save button is the last part of the page.
   */
  async function hydrated(page: Page): Promise<void> {
    const save = page.getByRole('button', { name: 'Save changes' })
    await save.waitFor()
    await expect
      .poll(() =>
        save.evaluate((button) => Object.keys(button).some((key) => key.startsWith('__reactFiber$'))),
      )
      .toBe(true)
  }

  it("renders every sender's name from the memory adapter", async () => {
    const page = await open()
    const senders = page.getByRole('list', { name: 'Senders' })
    for (const name of ['王美玲', 'Bob Ross', 'Ada Lovelace'])
      await senders.getByText(name, { exact: true }).waitFor()
    expect(await senders.getByRole('listitem').count()).toBe(3)
    const card = page.getByRole('group', { name: '王美玲' })
    await card.waitFor()
    // The packed stylesheet applies over the app's own CSS (Vite's template centres #root).
    const look = await card.evaluate((element) => {
      const style = getComputedStyle(element)
      return { textAlign: style.textAlign, paddingTop: style.paddingTop }
    })
    expect(look.textAlign).toBe('start')
    expect(look.paddingTop).not.toBe('0px')
    await page.close()
  })

  it('saves a new nickname in ProfileEditor and shows it in the list', async () => {
    const page = await open()
    const nickname = page.getByLabel('Nickname')
    await expect.poll(() => nickname.inputValue()).toBe('Ada Lovelace')
    await nickname.fill('Ada King')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await page.getByRole('status').filter({ hasText: 'Your profile was saved.' }).waitFor()
    const senders = page.getByRole('list', { name: 'Senders' })
    await senders.getByText('Ada King').waitFor()
    expect(await senders.getByText('Ada Lovelace').count()).toBe(0)
    await page.close()
  })
})
