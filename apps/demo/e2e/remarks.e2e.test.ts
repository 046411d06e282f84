import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright'
import { setupDemo } from './demoTest'

const demo = setupDemo()

/** The names shown in the message log for one sender, one per row. */
function namesOf(page: Page, userID: string): Promise<string[]> {
  return page.getByRole('log').locator(`[data-sender-id="${userID}"] .msg__name`).allTextContents()
}

/** Opens the profile of senders in the log until one is a friend (has "Edit remark"); returns its ID. */
async function openAFriend(page: Page): Promise<string> {
  const senders = await page
    .getByRole('log')
    .locator('[data-sender-id]:not([data-mine])')
    .evaluateAll((rows) => [...new Set(rows.map((row) => (row as HTMLElement).dataset.senderId ?? ''))])
  const dialog = page.getByRole('dialog')
  for (const userID of senders) {
    await page.getByRole('log').locator(`[data-sender-id="${userID}"] button.msg__avatar`).first().click()
    await dialog.locator('.pk-card[data-state="ready"]').waitFor()
    // The remark part appears once the remark has loaded; strangers never get one.
    const edit = dialog.getByRole('button', { name: 'Edit remark' })
    if (
      await edit.waitFor({ timeout: 1500 }).then(
        () => true,
        () => false,
      )
    )
      return userID
    await page.keyboard.press('Escape')
  }
  throw new Error('No sender in view is a friend.')
}

describe('remarks', () => {
  it('renames a contact from the profile dialog, and every row of theirs follows without a reload', async () => {
    const { page } = await demo.open()
    const userID = await openAFriend(page)
    const rows = (await namesOf(page, userID)).length
    expect(rows).toBeGreaterThan(0)
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('button', { name: 'Edit remark' }).click()
    const field = dialog.getByRole('textbox', { name: 'Remark' })
    await field.fill('Renamed in the e2e test')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await dialog.getByRole('button', { name: 'Edit remark' }).waitFor()
    await expect.poll(() => namesOf(page, userID)).toEqual(Array(rows).fill('Renamed in the e2e test'))
    await expect(dialog.getByRole('heading').textContent()).resolves.toContain('Renamed in the e2e test')
    // No reload: the page kept its state (the dialog is still open on the same user).
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1)
  })

  it.each(['memory', 'tencent', 'nim'])(
    'follows a remark set on another device in every row of that contact (%s)',
    async (backend) => {
      const { page } = await demo.open(backend === 'memory' ? {} : { search: `?backend=${backend}` })
      await page.getByRole('button', { name: 'Rename a contact from another device' }).first().click()
      const notice = page.getByRole('status').filter({ hasText: 'changed on another device' })
      await notice.waitFor()
      const [, , after] = /^(.+) is now “(.+)”/.exec((await notice.textContent()) ?? '') ?? []
      expect(after).toBeTruthy()
      const log = page.getByRole('log')
      await expect.poll(() => log.locator('.msg__name', { hasText: after! }).count()).toBeGreaterThan(0)
      const renamed = await log
        .locator('.msg__name', { hasText: after! })
        .first()
        .evaluate((name) => name.closest<HTMLElement>('[data-sender-id]')!.dataset.senderId!)
      const names = await namesOf(page, renamed)
      expect(new Set(names)).toEqual(new Set([after]))
    },
  )
})
