import { describe, expect, it } from 'vitest'
import { callStat, myNames, setupDemo } from './demoTest'

const demo = setupDemo()

describe('editing my profile', () => {
  it('shows my new nickname on my messages before the save resolves, and keeps it after', async () => {
    const { page } = await demo.open()
    await page.getByRole('slider', { name: 'Latency' }).fill('3000')
    const before = await myNames(page)
    expect(before.length).toBeGreaterThan(0)
    expect(new Set(before)).toEqual(new Set(['Alex Kim']))

    await page.getByLabel('Nickname').fill('Alex the Great')
    await page.getByRole('button', { name: 'Save changes' }).click()

    await expect.poll(() => myNames(page), { timeout: 2000 }).toEqual(before.map(() => 'Alex the Great'))
    expect(await page.getByRole('button', { name: 'Saving…' }).isVisible()).toBe(true)

    await page.getByRole('status').filter({ hasText: 'Your profile was saved.' }).waitFor()
    await page.waitForTimeout(300)
    expect(await myNames(page)).toEqual(before.map(() => 'Alex the Great'))
    const me = page.getByRole('navigation', { name: 'Conversations' }).getByTitle('Open my profile')
    expect(await me.textContent()).toContain('Alex the Great')
  })

  it('with a 100 % failure rate: shows the error, puts my messages back, keeps what I typed', async () => {
    const { page } = await demo.open()
    await page.getByRole('slider', { name: 'Failure rate' }).fill('100')
    const before = await myNames(page)

    await page.getByLabel('Nickname').fill('Never Saved')
    await page.getByRole('button', { name: 'Save changes' }).click()

    const alert = page.getByRole('alert').filter({ hasText: 'Couldn’t save your changes.' })
    await alert.waitFor()
    await expect.poll(() => myNames(page)).toEqual(before)
    expect(await page.getByLabel('Nickname').inputValue()).toBe('Never Saved')
    expect(await callStat(page, 'Failed')).toBe(1)
  })
})
