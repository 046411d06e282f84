import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useUserPresence } from '@profile-kit/core'
import { normalizeProfile } from '@profile-kit/core/vanilla'
import type { ReactNode } from 'react'
import { Avatar, type AvatarProps } from '../Avatar/Avatar'
import { zhCN } from '../messages/zhCN'
import { createKitAdapter, MemoryKit, type KitOptions } from '../stories/MemoryKit'
import { PresenceStatus } from './PresenceStatus'

const MINUTE = 60_000

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-12-03T09:00:00Z') })
})
afterEach(() => {
  vi.useRealTimers()
})

function renderKit(children: ReactNode, options: KitOptions = {}) {
  const adapter = createKitAdapter({
    presence: { online: ['grace'], lastSeenAt: { linus: Date.now() - 5 * MINUTE } },
    ...options,
  })
  const view = render(
    <MemoryKit adapter={adapter} options={options}>
      {children}
    </MemoryKit>,
  )
  return { adapter, view }
}

/** An avatar with its user's live presence, as an app renders one. */
function LiveAvatar(props: AvatarProps & { userID: string }) {
  return <Avatar {...props} presence={useUserPresence(props.userID)} />
}

/** Lets the presence batch window pass and the answers land. */
const settle = (ms = 1_000) => act(() => vi.advanceTimersByTimeAsync(ms))
const grace = normalizeProfile({ userID: 'grace', nick: 'Grace Hopper' })

describe('presence on Avatar', () => {
  it('names a standalone avatar with the presence and shows the dot', async () => {
    renderKit(<LiveAvatar profile={grace} userID="grace" />)
    expect(screen.getByRole('img', { name: 'Grace Hopper' })).toBeInTheDocument()
    await settle()
    const avatar = screen.getByRole('img', { name: 'Grace Hopper, Online' })
    expect(avatar).toHaveAttribute('data-presence', 'online')
    expect(avatar).toHaveAttribute('title', 'Online')
    expect(avatar.querySelector('.pk-avatar__presence')).toHaveAttribute('data-state', 'online')
  })

  it('says when an offline user was last seen, on a button avatar too', async () => {
    renderKit(<LiveAvatar userID="linus" name="Linus" onClick={() => undefined} />)
    await settle()
    expect(
      screen.getByRole('button', { name: 'View profile of Linus, Last seen 5 minutes ago' }),
    ).toBeInTheDocument()
  })

  it('speaks only the presence of a decorative avatar, whose name is printed beside it', async () => {
    const { view } = renderKit(<LiveAvatar profile={grace} userID="grace" decorative />)
    await settle()
    const avatar = view.container.querySelector('.pk-avatar')!
    expect(avatar).not.toHaveAttribute('aria-hidden')
    expect(avatar).toHaveTextContent('Online')
    expect(avatar).not.toHaveTextContent('Grace')
  })

  it('shows nothing extra, quietly, when the backend has presence switched off', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    renderKit(
      <>
        <LiveAvatar profile={grace} userID="grace" />
        <LiveAvatar userID="linus" name="Linus" />
      </>,
      { presence: { enabled: false } },
    )
    await settle()
    expect(screen.getByRole('img', { name: 'Grace Hopper' })).not.toHaveAttribute('data-presence', 'online')
    expect(screen.getByRole('img', { name: 'Linus' })).toHaveAttribute('data-presence', 'unavailable')
    expect(document.querySelector('.pk-avatar__presence')).toBeNull()
    expect(warn).toHaveBeenCalledTimes(1)
  })

  it('needs no provider and shows no presence without the presence prop', () => {
    render(<Avatar profile={grace} />)
    expect(screen.getByRole('img', { name: 'Grace Hopper' })).not.toHaveAttribute('data-presence')
  })
})

describe('PresenceStatus', () => {
  it('keeps "last seen" current with one page-wide timer, however many users it shows', async () => {
    const intervals = vi.spyOn(globalThis, 'setInterval')
    const offline = Array.from({ length: 20 }, (_, index) => `user${index}`)
    const lastSeenAt = Object.fromEntries(offline.map((userID) => [userID, Date.now() - 5 * MINUTE]))
    renderKit(
      offline.map((userID) => <PresenceStatus key={userID} userID={userID} />),
      { presence: { lastSeenAt } },
    )
    await settle()
    expect(screen.getAllByText('Last seen 5 minutes ago')).toHaveLength(20)
    await settle(MINUTE)
    expect(screen.getAllByText('Last seen 6 minutes ago')).toHaveLength(20)
    expect(intervals).toHaveBeenCalledTimes(1)
  })

  it('follows the user live, and speaks Chinese with zhCN messages', async () => {
    const { adapter } = renderKit(<PresenceStatus userID="linus" />, { messages: zhCN })
    await settle()
    expect(screen.getByText('最后在线：5分钟前')).toBeInTheDocument()
    await act(async () => adapter.simulatePresence('linus', true))
    expect(screen.getByText('在线')).toHaveAttribute('data-state', 'online')
    await act(async () => adapter.simulatePresence('linus', false))
    expect(screen.getByText('刚刚在线')).toBeInTheDocument()
  })

  it('renders nothing while the presence is unknown', () => {
    const { view } = renderKit(<PresenceStatus userID="grace" />)
    expect(view.container).toBeEmptyDOMElement()
  })
})
