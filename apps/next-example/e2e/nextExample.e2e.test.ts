import { chromium, type Browser, type Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { chromiumLaunchOptions } from '../../../tooling/chromium.ts'

const NAMES = ['Ada Lovelace', 'Grace Hopper', 'Linus Torvalds', 'Margaret Hamilton']

let browser: Browser
beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions())
})
afterAll(async () => {
  await browser?.close()
})

/** A fresh tab on the example, recording console errors and warnings, uncaught exceptions and failed requests. */
async function open(): Promise<{ page: Page; problems: string[] }> {
  const page = await (await browser.newContext()).newPage()
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console.${message.type()}: ${message.text()}`)
    }
  })
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  await page.goto(inject('nextExampleURL'))
  return { page, problems }
}

const chatList = (page: Page) => page.getByRole('navigation', { name: 'Chats' })

describe('the Next.js App Router example', () => {
  it('sends the names in the server HTML, before any JavaScript runs', async () => {
    const response = await fetch(inject('nextExampleURL'))
    expect(response.status).toBe(200)
    // The React Server Components payload in <script> tags carries the names as data even when
    // server rendering failed: look at the markup only.
    const markup = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, '')
    for (const name of NAMES) expect(markup).toContain(`<span>${name}</span>`)
  })

  it('hydrates without warnings or errors, and the list, card and editor work', async () => {
    const { page, problems } = await open()
    await expect
      .poll(() => chatList(page).getByRole('button').allTextContents())
      .toEqual(NAMES.map((name) => expect.stringContaining(name)))
    // Hydrated: a click selects another person and the card shows them.
    await chatList(page).getByRole('button', { name: 'Grace Hopper' }).click()
    await page.getByRole('region', { name: 'Profile' }).getByText('Arlington').waitFor()
    expect(await page.getByLabel('Nickname').inputValue()).toBe('Ada Lovelace')
    expect(problems).toEqual([])
  })

  it('saves a nickname in ProfileEditor and shows it in the chat list', async () => {
    const { page, problems } = await open()
    await chatList(page).getByRole('button', { name: 'Ada Lovelace' }).waitFor()
    await page.getByLabel('Nickname').fill('Countess Ada')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await page.getByRole('status').filter({ hasText: 'Your profile was saved.' }).waitFor()
    await chatList(page).getByRole('button', { name: 'Countess Ada' }).waitFor()
    expect(await chatList(page).getByRole('button', { name: 'Ada Lovelace' }).count()).toBe(0)
    expect(problems).toEqual([])
  })
})
