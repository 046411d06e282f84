import { describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import '../styles.css'
import { textContrast } from '../stories/contrast'
import { createKitAdapter, MemoryKit, type KitOptions } from '../stories/MemoryKit'
import { ProfileCard, type ProfileCardProps } from './ProfileCard'

async function renderCard(props: ProfileCardProps, options: KitOptions = {}, theme = 'light') {
  const adapter = createKitAdapter(options)
  await render(
    <div data-pk-theme={theme} style={{ inlineSize: 600 }}>
      <MemoryKit adapter={adapter} options={options}>
        <ProfileCard {...props} />
      </MemoryKit>
    </div>,
  )
  return { adapter, card: () => document.querySelector<HTMLElement>('.pk-card')! }
}

const WORD = 'Supercalifragilisticexpialidocious'.repeat(8)

describe('ProfileCard in Chromium', () => {
  it('clamps absurdly long content without breaking the layout', async () => {
    const { card } = await renderCard(
      { userID: 'long', fields: ['location', 'customFields'] },
      {
        profiles: [
          {
            userID: 'long',
            nick: `${WORD} ${WORD}`,
            selfSignature: `${WORD} `.repeat(20),
            location: WORD,
            customFields: { note: 'x'.repeat(5000) },
          },
        ],
      },
    )
    await expect.element(page.getByRole('group')).toHaveAttribute('data-state', 'ready')
    const box = card().getBoundingClientRect()
    expect(box.width).toBeLessThanOrEqual(352) // the theme's 22rem
    expect(box.height).toBeLessThan(400)
    for (const element of card().querySelectorAll<HTMLElement>('*')) {
      expect(element.getBoundingClientRect().right).toBeLessThanOrEqual(box.right + 0.5)
    }
    const name = card().querySelector('.pk-card__name')!
    const lineHeight = parseFloat(getComputedStyle(name).lineHeight)
    expect(name.getBoundingClientRect().height).toBeLessThanOrEqual(lineHeight * 2 + 1)
  })

  it('moves focus to the card when Retry, pressed from the keyboard, succeeds', async () => {
    const { adapter, card } = await renderCard({ userID: 'grace' }, { failureRate: 1 })
    const retry = page.getByRole('button', { name: 'Retry' })
    await expect.element(retry).toBeVisible()
    adapter.configure({ failureRate: 0 })
    ;(retry.element() as HTMLElement).focus()
    await userEvent.keyboard('{Enter}')
    await expect
      .element(page.getByRole('group', { name: 'Grace Hopper' }))
      .toHaveAttribute('data-state', 'ready')
    expect(document.activeElement).toBe(card())
  })

  it('mirrors the layout right to left', async () => {
    const adapter = createKitAdapter()
    await render(
      <div dir="rtl" style={{ inlineSize: 600 }}>
        <MemoryKit adapter={adapter}>
          <ProfileCard userID="grace" fields={['location']} />
        </MemoryKit>
      </div>,
    )
    await expect.element(page.getByRole('group', { name: 'Grace Hopper' })).toBeVisible()
    const avatar = document.querySelector('.pk-card__avatar')!.getBoundingClientRect()
    const name = document.querySelector('.pk-card__name')!.getBoundingClientRect()
    const label = document.querySelector('.pk-card__label')!.getBoundingClientRect()
    const value = document.querySelector('.pk-card__value')!.getBoundingClientRect()
    expect(avatar.left).toBeGreaterThan(name.right)
    expect(label.left).toBeGreaterThan(value.left)
  })

  for (const theme of ['light', 'dark']) {
    it(`has AA contrast in every state (${theme})`, async () => {
      await render(
        <div data-pk-theme={theme}>
          <MemoryKit adapter={createKitAdapter({ failureRate: 1 })}>
            <ProfileCard userID="grace" />
          </MemoryKit>
          <MemoryKit adapter={createKitAdapter()}>
            <ProfileCard userID="grace" fields={['location', 'customFields']} />
            <ProfileCard userID="nobody" />
          </MemoryKit>
        </div>,
      )
      await expect.element(page.getByText('Couldn’t load this profile.')).toBeVisible()
      await expect.element(page.getByText('No profile found for this user.')).toBeVisible()
      await expect.element(page.getByText('Arlington, VA')).toBeVisible()
      const texts = document.querySelectorAll(
        '.pk-card__name, .pk-card__status, .pk-card__label, .pk-card__value, .pk-card__message-text, .pk-card .pk-button, .pk-card a',
      )
      expect(texts.length).toBeGreaterThan(10)
      const failing = [...texts]
        .map((element) => ({ text: element.textContent, ratio: textContrast(element) }))
        .filter(({ ratio }) => ratio < 4.5)
      expect(failing).toEqual([])
    })
  }
})
