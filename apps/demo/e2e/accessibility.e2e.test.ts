import { describe, expect, it } from 'vitest'
import { PHONE, openLastSendersCard, setupDemo } from './demoTest'
import { runAxe } from './runAxe'

const demo = setupDemo()

// axe takes seconds on a page of 320 messages, so each run covers as much as it can.
describe('accessibility (axe-core)', () => {
  it('finds no violations in the light theme, with the adapter calls log open', async () => {
    const { page } = await demo.open({ colorScheme: 'light' })
    await page.getByRole('tab', { name: /Adapter calls/ }).click()
    expect(await runAxe(page)).toEqual([])
  })

  it('finds no violations in the dark theme, with my profile editor and a sender’s card open', async () => {
    const { page } = await demo.open({ colorScheme: 'light' })
    await page.getByRole('button', { name: 'Dark theme' }).click()
    expect(await page.locator('html').getAttribute('data-pk-theme')).toBe('dark')
    await openLastSendersCard(page)
    expect(await runAxe(page)).toEqual([])
  })

  it('finds no violations on a phone in Chinese, on the profile screen', async () => {
    const { page } = await demo.open({ viewport: PHONE, colorScheme: 'light' })
    await page.getByRole('button', { name: '中文' }).click()
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
    await page.getByRole('button', { name: '我', exact: true }).click()
    await page.getByLabel('昵称').waitFor()
    expect(await runAxe(page)).toEqual([])
  })
})
