import { QueryClient } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import { Profiler, StrictMode, type ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ProfileAdapter } from '../../adapter/ProfileAdapter'
import { createMemoryAdapter, type MemoryAdapter } from '../../memory/createMemoryAdapter'
import { ProfileProvider } from '../ProfileProvider'
import { usePresence, useUserPresence } from '../usePresence'

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-12-03T09:00:00Z') })
})
afterEach(() => {
  vi.useRealTimers()
})

const renders: Record<string, number> = {}

function Line({ id }: { id: string }) {
  const { state } = useUserPresence(id)
  return <p>{`${id} is ${state}`}</p>
}

/** Counts the renders React commits for one user's row. */
function Row({ id }: { id: string }) {
  return (
    <Profiler id={id} onRender={() => (renders[id] = (renders[id] ?? 0) + 1)}>
      <Line id={id} />
    </Profiler>
  )
}

function OnlineCount({ ids }: { ids: string[] }) {
  const online = usePresence(ids).filter((presence) => presence.state === 'online')
  return <p>{`${online.length} online`}</p>
}

function kit(adapter: ProfileAdapter, children: ReactNode) {
  return (
    <StrictMode>
      <ProfileProvider adapter={adapter} queryClient={new QueryClient()}>
        {children}
      </ProfileProvider>
    </StrictMode>
  )
}

function memory(): MemoryAdapter {
  return createMemoryAdapter({ me: { userID: 'me' }, presence: { online: ['ada'] } })
}

/** One row per ID (the same ID may repeat), and more below them. */
function renderRows(adapter: ProfileAdapter, ids: string[], more?: ReactNode) {
  return render(
    kit(
      adapter,
      <>
        {ids.map((id, index) => (
          <Row key={index} id={id} />
        ))}
        {more}
      </>,
    ),
  )
}

const settle = (ms = 500) => act(() => vi.advanceTimersByTimeAsync(ms))
const presenceCalls = (adapter: MemoryAdapter) =>
  adapter.presence.calls.map(({ kind, userIDs }) => [kind, [...userIDs]])

describe('usePresence', () => {
  it('subscribes each user once for every component showing it, and shows the answer', async () => {
    const adapter = memory()
    renderRows(adapter, ['ada', 'ada', 'bob'], <OnlineCount ids={['ada', 'bob']} />)
    expect(screen.getAllByText('ada is unknown')).toHaveLength(2)
    await settle()
    expect(presenceCalls(adapter)).toEqual([['subscribe', ['ada', 'bob']]])
    expect(screen.getAllByText('ada is online')).toHaveLength(2)
    expect(screen.getByText('bob is offline')).toBeInTheDocument()
    expect(screen.getByText('1 online')).toBeInTheDocument()
  })

  it('re-renders only the components showing the user whose presence changed', async () => {
    const adapter = memory()
    renderRows(adapter, ['ada', 'bob'])
    await settle()
    const before = { ...renders }
    adapter.simulatePresence('bob', true)
    await settle(0)
    expect(screen.getByText('bob is online')).toBeInTheDocument()
    expect(renders.ada).toBe(before.ada)
    expect(renders.bob).toBeGreaterThan(before.bob!)
  })

  it('lets a user go after the grace period once nothing shows it', async () => {
    const adapter = memory()
    const view = render(kit(adapter, <Row id="ada" />))
    await settle()
    view.rerender(kit(adapter, <p>elsewhere</p>))
    await settle(29_000)
    expect(adapter.presence.subscribedUserIDs()).toEqual(['ada'])
    await settle(1_500)
    expect(presenceCalls(adapter)).toEqual([
      ['subscribe', ['ada']],
      ['unsubscribe', ['ada']],
    ])
    expect(adapter.presence.subscribedUserIDs()).toEqual([])
  })

  it('subscribes again when the session changes (onReset)', async () => {
    const adapter = memory()
    render(kit(adapter, <Row id="ada" />))
    await settle()
    adapter.simulateSessionReset()
    await settle()
    expect(presenceCalls(adapter)).toEqual([
      ['subscribe', ['ada']],
      ['subscribe', ['ada']],
    ])
    expect(screen.getByText('ada is online')).toBeInTheDocument()
  })

  it('calls no presence method while nothing shows presence', async () => {
    const adapter = memory()
    render(kit(adapter, <p>no presence here</p>))
    await settle(60_000)
    expect(adapter.presence.calls).toEqual([])
  })

  it('shows unavailable, calling nothing, when the adapter has no presence', async () => {
    const { presence: _none, ...withoutPresence } = memory()
    render(kit(withoutPresence, <Row id="ada" />))
    await settle()
    expect(screen.getByText('ada is unavailable')).toBeInTheDocument()
  })
})
