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
    expect(errors, 'console errors and uncaught exceptions on the page').toEqual([])
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
      if (message.type() === 'error') errors.push(`console.error: ${message.text()}`)
    })
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`))
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`)
    })
    await page.goto(served.url)
    return page
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
