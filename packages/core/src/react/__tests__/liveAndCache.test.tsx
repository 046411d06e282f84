import { act, render, screen, waitFor } from '@testing-library/react'
import { Profiler } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { invalidateProfiles } from '../../client/invalidateProfiles'
import { profileKeys } from '../../client/profileKeys'
import { useMyProfile } from '../useMyProfile'
import { useUserProfile } from '../useUserProfile'
import { useUserProfiles } from '../useUserProfiles'
import { requestedIDs, setup } from './setup'

// Tests that wait for nothing to happen do it in fake time.
afterEach(() => {
  vi.useRealTimers()
})

const renders: Record<string, number> = {}

function UserLine({ id }: { id: string }) {
  const { data } = useUserProfile(id)
  return <p>{data ? `${id} is ${data.nick}` : `${id} loading`}</p>
}

/** Counts the renders React commits for one user's line. */
function Card({ id }: { id: string }) {
  return (
    <Profiler id={id} onRender={() => (renders[id] = (renders[id] ?? 0) + 1)}>
      <UserLine id={id} />
    </Profiler>
  )
}

function Me() {
  const { data } = useMyProfile()
  return <p>{data ? `I am ${data.nick}` : 'me loading'}</p>
}

function Senders({ ids }: { ids: string[] }) {
  const { data } = useUserProfiles(ids)
  return <p>{`senders: ${data.map((profile) => profile.nick).join(', ')}`}</p>
}

describe('one cache entry per user, shared by every hook', () => {
  it('shows a profile fetched by one hook in every other without another call', async () => {
    const { wrapper, calls } = setup()
    const { rerender } = render(<Card id="u1" />, { wrapper })
    expect(await screen.findByText('u1 is User 1')).toBeInTheDocument()
    rerender(
      <>
        <Card id="u1" />
        <Senders ids={['u1']} />
      </>,
    )
    expect(screen.getByText('senders: User 1')).toBeInTheDocument()
    expect(calls.getUserProfiles).toHaveBeenCalledTimes(1)
  })

  it('keeps my profile and my entry in user lists as one', async () => {
    const { wrapper, calls, memory } = setup()
    const { rerender } = render(<Me />, { wrapper })
    expect(await screen.findByText('I am Ada')).toBeInTheDocument()
    rerender(
      <>
        <Me />
        <Senders ids={['me', 'u1']} />
      </>,
    )
    expect(await screen.findByText('senders: Ada, User 1')).toBeInTheDocument()
    // my entry came with getMyProfile: the list asked only for the others
    expect(requestedIDs(calls.getUserProfiles)).toEqual([['u1']])
    act(() => void memory.simulateRemoteChange('me', { nick: 'Ada L.' }))
    expect(await screen.findByText('I am Ada L.')).toBeInTheDocument()
    expect(screen.getByText('senders: Ada L., User 1')).toBeInTheDocument()
  })
})

describe('live updates', () => {
  it('patches the cache from change events and re-renders only the components showing that user', async () => {
    const { wrapper, memory } = setup()
    render(
      <>
        <Card id="u1" />
        <Card id="u2" />
      </>,
      { wrapper },
    )
    expect(await screen.findByText('u2 is User 2')).toBeInTheDocument()
    const before = { ...renders }
    act(() => void memory.simulateRemoteChange('u1', { nick: 'Renamed' }))
    expect(await screen.findByText('u1 is Renamed')).toBeInTheDocument()
    expect(renders.u1).toBe((before.u1 ?? 0) + 1)
    expect(renders.u2).toBe(before.u2)
  })

  it('adds nothing for an event about a user that nothing shows or fetches', async () => {
    const { wrapper, memory, queryClient } = setup()
    render(<Card id="u1" />, { wrapper })
    expect(await screen.findByText('u1 is User 1')).toBeInTheDocument()
    vi.useFakeTimers()
    act(() => void memory.simulateRemoteChange('u7', { nick: 'Stranger' }))
    await act(async () => {
      await vi.advanceTimersByTimeAsync(20)
    })
    expect(queryClient.getQueryData(profileKeys.user('u7'))).toBeUndefined()
  })

  it('refetches everything on reset (login, logout, account switch)', async () => {
    const { wrapper, memory, calls } = setup()
    render(
      <>
        <Me />
        <Card id="u1" />
      </>,
      { wrapper },
    )
    expect(await screen.findByText('u1 is User 1')).toBeInTheDocument()
    expect(await screen.findByText('I am Ada')).toBeInTheDocument()
    const [myCalls, userCalls] = [
      calls.getMyProfile.mock.calls.length,
      calls.getUserProfiles.mock.calls.length,
    ]
    act(() => memory.simulateSessionReset())
    await waitFor(() => expect(calls.getMyProfile.mock.calls.length).toBe(myCalls + 1))
    await waitFor(() => expect(calls.getUserProfiles.mock.calls.length).toBe(userCalls + 1))
  })
})

describe('invalidateProfiles (logout, account switch, app-known changes)', () => {
  it('refetches only the named users, or every profile of the scope with my profile', async () => {
    const { wrapper, calls, queryClient } = setup()
    render(
      <>
        <Me />
        <Card id="u1" />
        <Card id="u2" />
      </>,
      { wrapper },
    )
    expect(await screen.findByText('u2 is User 2')).toBeInTheDocument()
    expect(await screen.findByText('I am Ada')).toBeInTheDocument()
    calls.getUserProfiles.mockClear()
    calls.getMyProfile.mockClear()

    await act(() => invalidateProfiles(queryClient, { userIDs: ['u1'] }))
    expect(requestedIDs(calls.getUserProfiles)).toEqual([['u1']])
    expect(calls.getMyProfile).not.toHaveBeenCalled()

    calls.getUserProfiles.mockClear()
    await act(() => invalidateProfiles(queryClient))
    expect(requestedIDs(calls.getUserProfiles).flat().sort()).toEqual(['me', 'u1', 'u2'])
    expect(calls.getMyProfile).toHaveBeenCalledTimes(1)
  })
})
