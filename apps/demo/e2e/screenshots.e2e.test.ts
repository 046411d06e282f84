import { mkdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright'
import { describe, expect, it } from 'vitest'
import { DESKTOP, PHONE, openLastSendersCard, setupDemo } from './demoTest'

const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url))
const demo = setupDemo()

/**
 * Saves a screenshot for people to look at (CI keeps them) and checks the app shell fits the
 * window: only its panes scroll, never the page itself.
 */
async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${artifacts}${name}.png` })
  const overflow = await page.evaluate(() => ({
    x: document.documentElement.scrollWidth - window.innerWidth,
    y: document.documentElement.scrollHeight - window.innerHeight,
  }))
  expect(overflow, `${name}: the page itself scrolls`).toEqual({ x: 0, y: 0 })
}

describe('screenshots (apps/demo/e2e/artifacts)', () => {
  it('lays out at 1280×800 and 390×844, light and dark, English and 中文', async () => {
    await mkdir(artifacts, { recursive: true })
    const { page } = await demo.open({ viewport: DESKTOP, colorScheme: 'light' })
    await shoot(page, 'desktop-light-en')

    await page.getByRole('button', { name: 'Dark theme' }).click()
    await page.getByRole('tab', { name: /Adapter calls/ }).click()
    await shoot(page, 'desktop-dark-en-calls')

    await openLastSendersCard(page)
    await shoot(page, 'desktop-dark-en-card')
    await page.keyboard.press('Escape')

    await page.getByRole('button', { name: '中文' }).click()
    await page.getByRole('tab', { name: '我的资料' }).click()
    await shoot(page, 'desktop-dark-zh')

    await page.setViewportSize(PHONE)
    await shoot(page, 'phone-dark-zh-chat')
    await page.getByRole('button', { name: '深色主题' }).click()
    await page.getByRole('button', { name: '会话', exact: true }).click()
    await shoot(page, 'phone-light-zh-conversations')

    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('button', { name: 'Me', exact: true }).click()
    await shoot(page, 'phone-light-en-profile')
    await page.getByRole('button', { name: 'Dark theme' }).click()
    await page.getByRole('button', { name: /^Calls/ }).click()
    await shoot(page, 'phone-dark-en-calls')
  })
})
