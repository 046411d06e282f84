import { describe, expect, it } from 'vitest'
import { avatarButtonNames, setupDemo } from './demoTest'

const demo = setupDemo()

describe("a sender's card", () => {
  it('opens from the avatar button in a modal dialog, closes with Escape, and gives focus back', async () => {
    const { page } = await demo.open()
    const avatar = page
      .getByRole('log')
      .getByRole('button', { name: /^View profile of / })
      .last()
    const [name = ''] = await avatarButtonNames(avatar)
    await avatar.click()

    const dialog = page.getByRole('dialog', { name: `Profile of ${name}` })
    await dialog.waitFor()
    expect(await dialog.getAttribute('aria-modal')).toBe('true')
    expect(await page.evaluate(() => document.activeElement?.closest('dialog')?.open)).toBe(true)
    const card = dialog.getByRole('group', { name })
    await expect.poll(() => card.getAttribute('data-state')).toBe('ready')
    const text = await card.textContent()
    expect(text).toContain(name)
    for (const label of ['Team', 'Joined on', 'Years of experience', 'Open to mentoring'])
      expect(text).toContain(label)

    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    expect(await avatar.evaluate((button) => button === document.activeElement)).toBe(true)
  })

  it('works from the keyboard alone: Enter opens, Tab stays inside, the close button closes', async () => {
    const { page } = await demo.open()
    const avatar = page
      .getByRole('log')
      .getByRole('button', { name: /^View profile of / })
      .nth(-2)
    await avatar.focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()

    for (let step = 0; step < 6; step++) {
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(true)
    }
    await dialog.getByRole('button', { name: 'Close' }).click()
    await dialog.waitFor({ state: 'hidden' })
    expect(await avatar.evaluate((button) => button === document.activeElement)).toBe(true)
  })
})
