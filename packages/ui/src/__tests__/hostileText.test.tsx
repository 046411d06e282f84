import { ProfileProvider, type Profile } from '@profile-kit/core'
import { createMemoryAdapter, normalizeProfile } from '@profile-kit/core/vanilla'
import { QueryClient } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Avatar } from '../Avatar/Avatar'
import { ProfileCard } from '../ProfileCard/ProfileCard'
import { recordImageRequests } from './recordImageRequests'
import { ProfileEditor } from '../ProfileEditor/ProfileEditor'

const MARKUP = '<img src=x onerror="alert(1)"><script>alert(document.cookie)</script><b>bold</b>&amp;'
const LONE_SURROGATES = 'a\ud800b \udfffc\ud83d'
const RLO_NAME = '\u202etxt.exe'
const MEGABYTE = 'x'.repeat(1024 * 1024)
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const FIELDS = ['location', 'email', 'phone', 'birthday', 'customFields'] as const

function hostile(text: string): Profile {
  return normalizeProfile({
    userID: 'eve',
    nick: text,
    selfSignature: text,
    location: text,
    email: text,
    phone: text,
    customFields: { note: text, [text.slice(0, 60) || 'k']: text },
  })
}

/** Elements that only markup injection could have created. */
function injected(container: HTMLElement) {
  return container.querySelectorAll('script, img, b, iframe, object, embed, [onerror], [onload]')
}

/** Every URL the page asked the browser to load, through `new Image()`. */
const requested = recordImageRequests()

beforeEach(() => {
  sessionStorage.clear()
})

afterEach(() => {
  vi.useRealTimers()
})

describe('hostile text renders as text', () => {
  it('shows HTML and script in every text field of a ProfileCard as literal text', () => {
    const { container } = render(<ProfileCard profile={hostile(MARKUP)} fields={FIELDS} />)
    expect(injected(container)).toHaveLength(0)
    const values = [...container.querySelectorAll('.pk-card__name, .pk-card__status, .pk-card__value')]
    expect(values.map((element) => element.textContent)).toEqual(Array(7).fill(MARKUP))
    expect(screen.getByRole('group', { name: MARKUP })).toBeInTheDocument()
  })

  it('isolates bidi overrides: name, status and values are dir="auto", so they cannot reorder text around them', () => {
    const { container } = render(<ProfileCard profile={hostile(RLO_NAME)} fields={FIELDS} />)
    const values = [...container.querySelectorAll('.pk-card__name, .pk-card__status, .pk-card__value')]
    expect(values).toHaveLength(7)
    for (const element of values) {
      expect(element).toHaveAttribute('dir', 'auto')
      expect(element.textContent).toBe(RLO_NAME)
    }
  })

  it('renders lone surrogates without crashing, and the avatar’s initials contain none', () => {
    const { container } = render(
      <>
        <ProfileCard profile={hostile(LONE_SURROGATES)} fields={FIELDS} />
        <Avatar name={LONE_SURROGATES} />
      </>,
    )
    expect(container.querySelector('.pk-card__name')?.textContent).toBe(LONE_SURROGATES)
    for (const initials of container.querySelectorAll('.pk-avatar__initials')) {
      expect(initials.textContent).not.toMatch(LONE_SURROGATE)
    }
  })

  it('renders 1 MB status line, field values and custom values without crashing', () => {
    const profile = normalizeProfile({ ...hostile(MEGABYTE), nick: 'Eve' })
    const { container } = render(<ProfileCard profile={profile} fields={FIELDS} />)
    const values = [...container.querySelectorAll('.pk-card__status, .pk-card__value')]
    expect(values.map((element) => element.textContent?.length)).toEqual(Array(6).fill(MEGABYTE.length))
  })

  it('renders a 1 MB nickname (name, group label and avatar initials) without crashing', () => {
    const { container } = render(
      <ProfileCard profile={normalizeProfile({ userID: 'eve', nick: MEGABYTE })} />,
    )
    expect(container.querySelector('.pk-card__name')?.textContent?.length).toBe(MEGABYTE.length)
    expect(container.querySelector('.pk-avatar__initials')?.textContent).toBe('X')
  })

  it('links a url custom field only when it is http(s); a javascript: value stays text', () => {
    const profile = normalizeProfile({
      userID: 'eve',
      customFields: {
        bad: 'javascript:alert(1)',
        padded: ' https://ok.example',
        good: 'https://ok.example/me',
      },
    })
    const definitions = ['bad', 'padded', 'good'].map((key) => ({ key, label: key, type: 'url' as const }))
    const { container } = render(
      <ProfileCard profile={profile} fields={['customFields']} customFields={definitions} />,
    )
    const links = [...container.querySelectorAll('a')]
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['https://ok.example/me'])
    expect(links[0]).toHaveAttribute('rel', expect.stringContaining('noopener'))
    expect(screen.getByText('javascript:alert(1)').closest('a')).toBeNull()
  })

  it('puts hostile values into ProfileEditor inputs as values, and its photo picker loads nothing unsafe', async () => {
    // Fake from the start, so the preview's debounce timer is one the test controls; time also
    // passes on its own, so findBy* can wait for the first render.
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const adapter = createMemoryAdapter({
      me: {
        userID: 'eve',
        nick: MARKUP,
        selfSignature: MARKUP,
        location: RLO_NAME,
        avatar: 'javascript:alert(1)',
      },
    })
    const { container } = render(
      <ProfileProvider adapter={adapter} queryClient={new QueryClient()}>
        <ProfileEditor />
      </ProfileProvider>,
    )
    expect(await screen.findByRole('textbox', { name: 'Nickname' })).toHaveValue(MARKUP)
    expect(screen.getByRole('textbox', { name: 'Status' })).toHaveValue(MARKUP)
    expect(screen.getByRole('textbox', { name: 'Location' })).toHaveValue(RLO_NAME)
    await act(async () => {
      await vi.advanceTimersByTimeAsync(450)
    })
    expect(requested).toEqual([])
    expect(injected(container)).toHaveLength(0)
    expect(screen.getByRole('img', { name: 'Your profile photo' })).toHaveAttribute('data-shown', 'initials')
  })
})
