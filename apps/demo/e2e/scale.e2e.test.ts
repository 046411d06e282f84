import { describe, expect, it } from 'vitest'
import { callStat, sendersLoaded, setupDemo } from './demoTest'

const demo = setupDemo()

describe('at scale', () => {
  it('with "Persist profiles" on, a reload names every sender without asking for one profile', async () => {
    const { page } = await demo.open()
    await page.getByRole('tab', { name: /Adapter calls/ }).click()
    await page.getByRole('checkbox', { name: 'Persist profiles' }).check()
    await page.waitForTimeout(1500) // the persisted cache writes at most once a second
    // The reload counts its calls from zero.
    await page.reload()
    await sendersLoaded(page)
    expect(await callStat(page, 'IDs requested')).toBe(0)
  })

  it('scrolls a 10,000-member group end to end with about one call per 100 members shown', async () => {
    const { page } = await demo.open()
    await page
      .getByRole('navigation', { name: 'Conversations' })
      .getByRole('button', { name: /Big group/ })
      .click()
    const members = page.getByLabel('Members', { exact: true })
    await members.getByText('Member 1', { exact: true }).waitFor()
    const before = await callStat(page, 'Calls so far')
    // Down the whole list in 40 steps, a frame apart: most rows are gone before their batch leaves.
    for (let step = 1; step <= 40; step++) {
      await members.evaluate((element, at) => (element.scrollTop = (element.scrollHeight * at) / 40), step)
      await page.waitForTimeout(16)
    }
    await members.getByText('Member 10000', { exact: true }).waitFor()
    const calls = (await callStat(page, 'Calls so far')) - before
    const ids = await callStat(page, 'IDs requested')
    expect(calls).toBeLessThanOrEqual(45)
    expect(ids).toBeLessThan(2000) // far fewer than the 10,000 rows scrolled past
  })
})
