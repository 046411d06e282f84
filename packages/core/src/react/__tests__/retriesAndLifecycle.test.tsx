import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ProfileClient } from '../../client/createProfileClient'
import { ProfileError } from '../../errors/ProfileError'
import { ProfileProvider, useProfileClient } from '../ProfileProvider'
import { useUserProfile } from '../useUserProfile'
import { requestedIDs, setup } from './setup'

function Card({ id }: { id: string }) {
  const { data, error, isPending } = useUserProfile(id)
  if (error) return <p role="alert">{`${error.code}: ${error.message}`}</p>
  return <p>{isPending ? 'loading' : data?.nick}</p>
}

describe('retries', () => {
  it('retries a network failure per batch, so the retried batch stays one call', async () => {
    const { wrapper, calls, memory } = setup({ provider: { retry: { baseDelayMs: 1 } } })
    calls.getUserProfiles.mockRejectedValueOnce(new ProfileError('network', 'offline'))
    calls.getUserProfiles.mockImplementation((ids) => memory.getUserProfiles(ids))
    render(
      <>
        <Card id="u1" />
        <Card id="u2" />
      </>,
      { wrapper },
    )
    expect(await screen.findByText('User 2')).toBeInTheDocument()
    expect(requestedIDs(calls.getUserProfiles)).toEqual([
      ['u1', 'u2'],
      ['u1', 'u2'],
    ])
  })

  it('honours retryAfterMs of a rate-limited batch', async () => {
    const { wrapper, calls, memory } = setup({ provider: { retry: { baseDelayMs: 1 } } })
    calls.getUserProfiles.mockRejectedValueOnce(
      new ProfileError('rate_limited', 'slow down', { retryAfterMs: 60 }),
    )
    calls.getUserProfiles.mockImplementation((ids) => memory.getUserProfiles(ids))
    const started = performance.now()
    render(<Card id="u1" />, { wrapper })
    expect(await screen.findByText('User 1')).toBeInTheDocument()
    expect(calls.getUserProfiles).toHaveBeenCalledTimes(2)
    expect(performance.now() - started).toBeGreaterThanOrEqual(55)
  })

  it('does not retry other errors and shows them', async () => {
    const { wrapper, calls } = setup({ provider: { retry: { baseDelayMs: 1 } } })
    calls.getUserProfiles.mockRejectedValue(new ProfileError('permission_denied', 'not allowed'))
    render(<Card id="u1" />, { wrapper })
    expect(await screen.findByRole('alert')).toHaveTextContent('permission_denied: not allowed')
    expect(calls.getUserProfiles).toHaveBeenCalledTimes(1)
  })

  it('turns anything an adapter throws into a ProfileError', async () => {
    const { wrapper, calls } = setup()
    calls.getUserProfiles.mockImplementation(() => {
      throw new TypeError('sdk exploded')
    })
    render(<Card id="u1" />, { wrapper })
    expect(await screen.findByRole('alert')).toHaveTextContent(/^unknown: .*sdk exploded/)
  })
})

describe('lifecycle', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('updates nothing after unmount and leaves no unhandled rejection', async () => {
    vi.useFakeTimers()
    const { wrapper, calls, memory } = setup({ memory: { latencyMs: 20 } })
    memory.configure({ failureRate: 1, failureCode: 'not_found' })
    const { unmount } = render(<Card id="u1" />, { wrapper })
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1)
    })
    expect(calls.getUserProfiles).toHaveBeenCalled()
    unmount()
    // The backend fails 20 ms later, after the unmount.
    await vi.advanceTimersByTimeAsync(60)
    expect(screen.queryByText('loading')).not.toBeInTheDocument()
  })

  it('tells the developer to add a provider when there is none', () => {
    function Bare() {
      useUserProfile('u1')
      return null
    }
    // React also reports the thrown render error on the console: expected here, so silenced.
    vi.mocked(console.error).mockImplementation(() => undefined)
    expect(() => render(<Bare />)).toThrow(/wrap your app in <ProfileProvider adapter=\{\.\.\.\}>/)
  })
})

describe('the provider’s engine', () => {
  it('stays the same while the options stay equal (a new retry object each render) and is replaced when one changes', () => {
    const { adapter, queryClient } = setup()
    const clients: ProfileClient[] = []
    function Probe() {
      clients.push(useProfileClient())
      return null
    }
    const app = (retries: number) => (
      <ProfileProvider adapter={adapter} queryClient={queryClient} staleTime={1000} retry={{ retries }}>
        <Probe />
      </ProfileProvider>
    )
    const view = render(app(1))
    view.rerender(app(1))
    expect(clients).toHaveLength(2)
    expect(clients[1]).toBe(clients[0])
    view.rerender(app(2))
    expect(clients[2]).not.toBe(clients[1])
    view.unmount()
  })
})
