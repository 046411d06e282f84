import { describe, expect, it } from 'vitest'
import { myNames, setupDemo } from './demoTest'

const demo = setupDemo()

/** The vendor adapters, each over its SDK double, chosen with `?backend=`. */
const VENDORS = [
  ['tencent', 'Tencent Cloud Chat'],
  ['nim', 'NetEase IM (V2)'],
  ['nim-classic', 'NetEase IM (classic)'],
] as const

describe('the demo on each vendor adapter', () => {
  it.each(VENDORS)('?backend=%s shows sender names and saves my nickname', async (kind, label) => {
    const { page } = await demo.open({ search: `?backend=${kind}` })
    const log = page.getByRole('log')
    // Names from the simulated backend, not placeholders.
    expect(await log.getByRole('button', { name: 'View profile of Maya Patel' }).count()).toBeGreaterThan(0)
    const picker = page.getByRole('combobox', { name: 'Adapter' }).first()
    expect(await picker.locator('option:checked').textContent()).toBe(label)

    const before = await myNames(page)
    expect(new Set(before)).toEqual(new Set(['Alex Kim']))
    await page.getByLabel('Nickname').fill(`Alex on ${kind}`)
    await page.getByRole('button', { name: 'Save changes' }).click()
    await page.getByRole('status').filter({ hasText: 'Your profile was saved.' }).waitFor()
    await expect.poll(() => myNames(page)).toEqual(before.map(() => `Alex on ${kind}`))
    // The name was re-read from the backend after the save, and the call went through the adapter.
    await page.getByRole('tab', { name: /Adapter calls/ }).click()
    const calls = page.getByRole('tabpanel', { name: /Adapter calls/ })
    expect(await calls.getByText('updateMyProfile').count()).toBeGreaterThan(0)
  })

  it.each(VENDORS)(
    '?backend=%s renames a sender changed on another device, without a reload',
    async (kind) => {
      const { page } = await demo.open({ search: `?backend=${kind}` })
      await page.getByRole('button', { name: 'Simulate a change from another device' }).click()
      const notice = page.getByRole('status').filter({ hasText: 'changed on another device' })
      await notice.waitFor()
      const [, , after] = /^(.+) is now “(.+)”/.exec((await notice.textContent()) ?? '') ?? []
      expect(after).toBeTruthy()
      // Tencent pushes the friend's change; NetEase delivers it with their next message.
      await expect
        .poll(() =>
          page
            .getByRole('log')
            .getByRole('button', { name: `View profile of ${after}` })
            .count(),
        )
        .toBeGreaterThan(0)
    },
  )

  it('switches backend from the controls, by reloading on the chosen one', async () => {
    const { page } = await demo.open()
    await page.getByRole('combobox', { name: 'Adapter' }).first().selectOption('nim-classic')
    await page.waitForURL(/backend=nim-classic/)
    await page.getByRole('log').getByRole('button', { name: 'View profile of Maya Patel' }).first().waitFor()
  })
})
