import { describe, expect, it } from 'vitest'
import { avatarButtonNames, callStat, setupDemo } from './demoTest'

const demo = setupDemo()

describe('opening the demo', () => {
  it('names and pictures every sender of #general with at most 2 × ceil(senders / 100) + 1 adapter calls', async () => {
    const { page } = await demo.open()
    const log = page.getByRole('log', { name: 'Messages in #general' })
    const members = Number(/\d+/.exec((await page.getByText(/\d+ members/).textContent()) ?? '')?.[0])

    const avatars = log.getByRole('button', { name: /^View profile of / })
    const names = await log.locator('.msg__name').allTextContents()
    expect(names.length).toBeGreaterThanOrEqual(300)
    expect(await avatarButtonNames(log)).toEqual(names)
    const senders = new Set(names)
    expect(senders.size).toBeGreaterThanOrEqual(41)
    expect(senders.size).toBe(members)

    // Every avatar shows a picture that loaded or the sender's initials, never a broken image.
    const shown = await avatars.evaluateAll((buttons) =>
      buttons.map((b) => {
        const image = b.querySelector('img')
        const initials = b.querySelector('.pk-avatar__initials')?.textContent ?? ''
        return image ? image.complete && image.naturalWidth > 0 : initials.trim().length > 0
      }),
    )
    expect(shown.every(Boolean)).toBe(true)

    await page.waitForTimeout(300) // nothing trickles in later
    // Profiles and remarks: one batch each per 100 senders, plus who I am.
    expect(await callStat(page, 'Calls so far')).toBeLessThanOrEqual(2 * Math.ceil(senders.size / 100) + 1)
    expect(await callStat(page, 'Failed')).toBe(0)
  })

  it('opens the other conversations from the list, names included', async () => {
    const { page } = await demo.open()
    const conversations = page.getByRole('navigation', { name: 'Conversations' })
    await conversations.getByRole('button', { name: /engineering/ }).click()
    await page.getByRole('log', { name: 'Messages in #engineering' }).waitFor()
    const direct = conversations.getByRole('button', { name: 'Maya Patel' })
    await direct.click()
    const log = page.getByRole('log', { name: 'Messages in Maya Patel' })
    await expect
      .poll(() => log.getByRole('button', { name: 'View profile of Maya Patel' }).count())
      .toBeGreaterThan(0)
    expect(await direct.getAttribute('aria-current')).toBe('page')
  })
})
