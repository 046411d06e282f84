import type { CSSProperties } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import '../styles.css'
import { BROKEN_AVATAR, PORTRAITS } from '../stories/portraits'
import { textContrast } from '../stories/contrast'
import { Avatar } from './Avatar'
import { AVATAR_PALETTE } from './avatarColor'
import { forgetFailedAvatar } from './forgetFailedAvatar'

/** Every URL the page asks an image element to load. */
function watchImageRequests() {
  const requested: string[] = []
  const descriptor = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src')!
  vi.spyOn(HTMLImageElement.prototype, 'src', 'set').mockImplementation(function (
    this: HTMLImageElement,
    url,
  ) {
    requested.push(String(url))
    descriptor.set!.call(this, url)
  })
  return (url: string) => requested.filter((r) => r === url).length
}

afterEach(() => forgetFailedAvatar())

describe('Avatar in Chromium', () => {
  it('shows the picture once it has really loaded', async () => {
    await render(<Avatar name="Ada Lovelace" src={PORTRAITS.ada} />)
    const avatar = page.getByRole('img', { name: 'Ada Lovelace' })
    await expect.element(avatar).toHaveAttribute('data-shown', 'image')
    const image = avatar.element().querySelector('img')!
    expect(image.naturalWidth).toBeGreaterThan(0)
  })

  it('falls back to initials when the image fails to decode, and remembers the failure', async () => {
    const requests = watchImageRequests()
    const screen = await render(<Avatar name="Grace Hopper" src={BROKEN_AVATAR} size="md" />)
    const avatar = page.getByRole('img', { name: 'Grace Hopper' })
    await expect.element(avatar).toHaveAttribute('data-shown', 'initials')
    expect(requests(BROKEN_AVATAR)).toBe(1)

    // Re-renders and new instances with the same URL do not ask again.
    await screen.rerender(<Avatar name="Grace Hopper" src={BROKEN_AVATAR} size="lg" />)
    await screen.rerender(
      <>
        <Avatar name="Grace Hopper" src={BROKEN_AVATAR} size="lg" />
        <Avatar name="Grace B. Hopper" src={BROKEN_AVATAR} />
      </>,
    )
    await expect.element(page.getByRole('img', { name: 'Grace B. Hopper' })).toHaveTextContent('GH')
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(requests(BROKEN_AVATAR)).toBe(1)
    expect(document.querySelector('img')).toBeNull()

    // The app can ask for one more try.
    forgetFailedAvatar(BROKEN_AVATAR)
    await vi.waitFor(() => expect(requests(BROKEN_AVATAR)).toBe(2))
    await expect.element(avatar).toHaveAttribute('data-shown', 'initials')
  })

  it('fails over from a URL the server does not have', async () => {
    const url = `${location.origin}/__profile-kit__/missing-${Date.now()}.png`
    await render(<Avatar name="Linus" src={url} />)
    await expect.element(page.getByRole('img', { name: 'Linus' })).toHaveAttribute('data-shown', 'initials')
    await vi.waitFor(() => expect(performance.getEntriesByName(url)).toHaveLength(1))
  })

  it('never hands an unsafe URL to the browser', async () => {
    const requests = watchImageRequests()
    await render(
      <>
        <Avatar name="A" src="javascript:alert(1)" />
        <Avatar name="B" src=" JAVASCRIPT:alert(1)" />
        <Avatar name="C" src="data:text/html,<script>alert(1)</script>" />
        <Avatar name="D" src="//evil.example/a.png" />
      </>,
    )
    await expect.element(page.getByRole('img', { name: 'D' })).toHaveTextContent('D')
    expect(requests('javascript:alert(1)') + requests(' JAVASCRIPT:alert(1)')).toBe(0)
    expect(document.querySelectorAll('img')).toHaveLength(0)
  })

  it('draws every palette colour with AA contrast for its initials', async () => {
    await render(
      <div>
        {AVATAR_PALETTE.map((colour, index) => (
          <Avatar
            key={colour.background}
            name={`Colour ${index}`}
            style={
              { '--pk-avatar-bg': colour.background, '--pk-avatar-fg': colour.foreground } as CSSProperties
            }
          />
        ))}
      </div>,
    )
    await expect.element(page.getByRole('img', { name: 'Colour 0' })).toBeVisible()
    const initials = [...document.querySelectorAll('.pk-avatar__initials')]
    expect(initials).toHaveLength(AVATAR_PALETTE.length)
    for (const element of initials) expect(textContrast(element)).toBeGreaterThanOrEqual(4.5)
  })

  it('is a keyboard-operable button when interactive', async () => {
    const onClick = vi.fn()
    await render(<Avatar name="Ada" onClick={onClick} />)
    const button = page.getByRole('button', { name: 'View profile of Ada' })
    await button.click()
    await expect.element(button).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    await userEvent.keyboard(' ')
    expect(onClick).toHaveBeenCalledTimes(3)
  })
})
