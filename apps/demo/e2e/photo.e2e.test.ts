import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright'
import { describe, expect, it } from 'vitest'
import { setupDemo } from './demoTest'

const demo = setupDemo()
const portrait = fileURLToPath(
  new URL('../../../packages/ui/test-fixtures/avatars/portrait-exif6-gps.jpg', import.meta.url),
)

/** The picture each of my message rows shows (`''` while it shows initials). */
function myAvatarSources(page: Page): Promise<string[]> {
  return page
    .getByRole('log')
    .locator('li[data-mine] .pk-avatar')
    .evaluateAll((avatars) => avatars.map((avatar) => avatar.querySelector('img')?.src ?? ''))
}

/**
 * Opens the demo with the backend answering after `latencyMs`, picks the portrait, confirms the
 * crop and waits for the progress bar. Returns the page and my messages' pictures before.
 */
async function uploadPortrait(latencyMs: number) {
  const { page } = await demo.open()
  await page.getByRole('slider', { name: 'Latency' }).fill(String(latencyMs))
  const before = await myAvatarSources(page)
  expect(before.length).toBeGreaterThan(0)
  await page.getByRole('group', { name: 'Profile photo' }).locator('input[type=file]').setInputFiles(portrait)
  await page.getByRole('group', { name: 'Photo position' }).waitFor()
  const confirm = page.getByRole('button', { name: 'Use this photo' })
  await expect.poll(() => confirm.getAttribute('aria-disabled')).toBeNull()
  await confirm.click()
  await page.getByRole('progressbar', { name: 'Upload progress' }).waitFor()
  return { page, before }
}

describe('setting my profile photo', () => {
  it('picks, crops and uploads a photo with progress; my messages show it at once and keep it', async () => {
    const { page, before } = await uploadPortrait(2000)
    // While it uploads: a polite announcement, and my photo on every message row.
    await page.getByText(/^Uploading your photo/).waitFor()
    await expect
      .poll(() => myAvatarSources(page), { timeout: 2000 })
      .toEqual(before.map(() => expect.stringMatching(/^blob:/)))

    await page.getByText('Your photo was updated.').waitFor({ timeout: 10_000 })
    const after = await myAvatarSources(page)
    expect(after.every((src) => src.startsWith('blob:') && src === after[0])).toBe(true)
    expect(after).not.toEqual(before)
  })

  it('cancelled: the picker says nothing changed and my messages go back to my old photo', async () => {
    const { page, before } = await uploadPortrait(5000)
    await page.getByRole('button', { name: 'Cancel upload' }).click()
    await page.getByText('Upload cancelled. Your photo was not changed.').waitFor()
    await expect.poll(() => myAvatarSources(page)).toEqual(before)
  })
})
