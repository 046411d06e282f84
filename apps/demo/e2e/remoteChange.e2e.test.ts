import { describe, expect, it } from 'vitest'
import { callStat, setupDemo } from './demoTest'

const demo = setupDemo()

describe('a change from another device', () => {
  it('renames a sender on screen without a reload and without another adapter call', async () => {
    const { page } = await demo.open()
    const calls = await callStat(page, 'Calls so far')
    await page.getByRole('button', { name: 'Simulate a change from another device' }).click()

    const notice = page.getByRole('status').filter({ hasText: 'changed on another device' })
    await notice.waitFor()
    const [, before, after] = /^(.+) is now “(.+)”/.exec((await notice.textContent()) ?? '') ?? []
    expect(after).toBeTruthy()
    const log = page.getByRole('log')
    await expect
      .poll(() => log.getByRole('button', { name: `View profile of ${after}` }).count())
      .toBeGreaterThan(0)
    // Exactly the old name, with or without the presence the avatar adds (", Online").
    const oldName = new RegExp(`^View profile of ${before!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(,|$)`)
    expect(await log.getByRole('button', { name: oldName }).count()).toBe(0)
    expect(await callStat(page, 'Calls so far')).toBe(calls)
  })
})
