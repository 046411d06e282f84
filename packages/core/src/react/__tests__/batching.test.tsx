import { act, render, screen, waitFor } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { profileKeys } from '../../client/profileKeys'
import { createMemoryAdapter } from '../../memory/createMemoryAdapter'
import { useUserProfile } from '../useUserProfile'
import { useUserProfiles } from '../useUserProfiles'
import { heldAdapter } from './heldAdapter'
import { elapse, requestedIDs, setup, userID, users } from './setup'

function Name({ id }: { id: string }) {
  const { data, notFound, isPending } = useUserProfile(id)
  return <li>{isPending ? `${id}: loading` : notFound ? `${id}: not found` : `${id}: ${data?.nick}`}</li>
}

function List({ ids }: { ids: string[] }) {
  const { data, notFound, isPending, error } = useUserProfiles(ids)
  if (isPending) return <p>loading</p>
  return (
    <p>
      {`loaded ${data.length}`}
      {notFound.length > 0 && `, missing ${notFound.join(' ')}`}
      {error && `, error ${error.message}`}
    </p>
  )
}

describe('batching and no duplicate work', () => {
  it('turns requests from many components in one task into ceil(U / maxBatchSize) calls', async () => {
    const { wrapper, calls } = setup({ memory: { profiles: users(250) } })
    const ids = users(250).map((user) => user.userID)
    render(
      <>
        <List ids={ids.slice(0, 150)} />
        <List ids={ids.slice(100)} />
        <ul>
          {ids.slice(0, 5).map((id) => (
            <Name key={id} id={id} />
          ))}
        </ul>
      </>,
      { wrapper },
    )
    expect(await screen.findAllByText('loaded 150')).toHaveLength(2)
    expect(screen.getByText('u4: User 4')).toBeInTheDocument()
    expect(calls.getUserProfiles).toHaveBeenCalledTimes(3)
    const requested = requestedIDs(calls.getUserProfiles).flat()
    expect(requested).toHaveLength(250)
    expect(new Set(requested).size).toBe(250)
  })

  it('widens the batch over `batchWindowMs` when components mount at different times', async () => {
    const { wrapper, calls } = setup({ provider: { batchWindowMs: 50 } })
    function Later() {
      const [shown, setShown] = useState(false)
      if (!shown) setTimeout(() => setShown(true), 10)
      return shown ? <Name id="u2" /> : null
    }
    render(
      <ul>
        <Name id="u1" />
        <Later />
      </ul>,
      { wrapper },
    )
    expect(await screen.findByText('u1: User 1')).toBeInTheDocument()
    expect(await screen.findByText('u2: User 2')).toBeInTheDocument()
    expect(requestedIDs(calls.getUserProfiles)).toEqual([['u1', 'u2']])
  })

  it('with `dropUnwatched`, asks for no row that unmounted before its batch was sent', async () => {
    const { wrapper, calls } = setup({ provider: { batchWindowMs: 50, dropUnwatched: true } })
    const rows = (ids: string[]) => (
      <ul>
        {ids.map((id) => (
          <Name key={id} id={id} />
        ))}
      </ul>
    )
    const { rerender } = render(rows(['u1', 'u2', 'u3']), { wrapper })
    rerender(rows(['u3', 'u4'])) // u1 and u2 scrolled away within the window
    expect(await screen.findByText('u4: User 4')).toBeInTheDocument()
    expect(requestedIDs(calls.getUserProfiles)).toEqual([['u3', 'u4']])
    rerender(rows(['u1', 'u3'])) // scrolled back: u1 loads now
    expect(await screen.findByText('u1: User 1')).toBeInTheDocument()
    expect(requestedIDs(calls.getUserProfiles)).toEqual([['u3', 'u4'], ['u1']])
  })

  it('without `dropUnwatched`, fetches and caches every row requested, even one gone since', async () => {
    const { wrapper, calls, queryClient } = setup({ provider: { batchWindowMs: 50 } })
    const { rerender } = render(<Name id="u1" />, { wrapper })
    rerender(<Name id="u2" />)
    expect(await screen.findByText('u2: User 2')).toBeInTheDocument()
    expect(requestedIDs(calls.getUserProfiles)).toEqual([['u1', 'u2']])
    await waitFor(() =>
      expect(queryClient.getQueryData(profileKeys.user('u1'))).toMatchObject({ nick: 'User 1' }),
    )
  })

  it('collapses duplicates and never asks again for an ID in flight or fresh in cache', async () => {
    const { wrapper, calls } = setup()
    const { rerender } = render(<List ids={['u1', 'u1', 'u2', 'u1']} />, { wrapper })
    expect(await screen.findByText('loaded 2')).toBeInTheDocument()
    rerender(
      <>
        <List ids={['u2', 'u1']} />
        <Name id="u1" />
      </>,
    )
    expect(await screen.findByText('u1: User 1')).toBeInTheDocument()
    expect(requestedIDs(calls.getUserProfiles)).toEqual([['u1', 'u2']])
  })
})

describe('with `dropUnwatched`, a row that left after its batch was sent', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  /** Shows u1 over a backend that holds its answers; returns once its batch was sent, on fake time. */
  async function showWhileHeld(provider: { gcTime?: number } = {}) {
    const memory = createMemoryAdapter({ me: { userID: 'me' }, profiles: users(3) })
    const held = heldAdapter(memory)
    const kit = setup({ adapter: held.adapter, provider: { dropUnwatched: true, ...provider } })
    const view = render(<Name id="u1" />, { wrapper: kit.wrapper })
    await waitFor(() => expect(held.waiting).toBe(1)) // sent; the answer says "User 1", no signature
    vi.useFakeTimers()
    return { ...kit, memory, held, view }
  }

  it('caches the answer when it arrives, and shows it on the first render when the row comes back', async () => {
    const { held, view, calls, queryClient } = await showWhileHeld()
    view.rerender(<></>) // the row scrolled away
    held.release()
    await elapse(10)
    expect(queryClient.getQueryData(profileKeys.user('u1'))).toMatchObject({ nick: 'User 1' })
    view.rerender(<Name id="u1" />)
    expect(screen.getByText('u1: User 1')).toBeInTheDocument()
    expect(requestedIDs(calls.getUserProfiles)).toEqual([['u1']])
  })

  it('keeps that answer only for gcTime, like any entry nothing shows', async () => {
    const { held, view, queryClient } = await showWhileHeld({ gcTime: 1000 })
    view.rerender(<></>)
    held.release()
    await elapse(10)
    expect(queryClient.getQueryData(profileKeys.user('u1'))).toMatchObject({ nick: 'User 1' })
    await elapse(1000)
    expect(queryClient.getQueryState(profileKeys.user('u1'))).toBeUndefined()
  })

  it('applies the events that arrived while it travelled instead of going back in time', async () => {
    const { memory, held, view, calls, queryClient } = await showWhileHeld()
    act(() => void memory.simulateRemoteChange('u1', { selfSignature: 'Away' })) // while shown
    await elapse(10)
    view.rerender(<></>)
    act(() => void memory.simulateRemoteChange('u1', { nick: 'Renamed' })) // after the row left
    await elapse(10)
    held.release()
    await elapse(10)
    expect(queryClient.getQueryData(profileKeys.user('u1'))).toMatchObject({
      nick: 'Renamed',
      selfSignature: 'Away',
    })
    view.rerender(<Name id="u1" />)
    expect(screen.getByText('u1: Renamed')).toBeInTheDocument()
    expect(calls.getUserProfiles).toHaveBeenCalledTimes(1)
  })

  it('joins the answer still travelling when the row comes back, with the events meanwhile', async () => {
    const { memory, held, view, calls } = await showWhileHeld()
    view.rerender(<></>)
    act(() => void memory.simulateRemoteChange('u1', { nick: 'Renamed' }))
    await elapse(10)
    view.rerender(<Name id="u1" />) // back before the answer
    expect(screen.getByText('u1: loading')).toBeInTheDocument()
    held.release()
    await elapse(10)
    expect(screen.getByText('u1: Renamed')).toBeInTheDocument()
    expect(calls.getUserProfiles).toHaveBeenCalledTimes(1)
  })
})

describe('any list length', () => {
  it('loads 10,000 IDs in chunks of maxBatchSize without dropping any', async () => {
    const { wrapper, calls } = setup({ memory: { profiles: users(10_000) } })
    const ids = Array.from({ length: 10_000 }, (_, index) => userID(index))
    render(<List ids={ids} />, { wrapper })
    expect(await screen.findByText('loaded 10000', undefined, { timeout: 10_000 })).toBeInTheDocument()
    expect(calls.getUserProfiles).toHaveBeenCalledTimes(100)
    expect(requestedIDs(calls.getUserProfiles).every((batch) => batch.length === 100)).toBe(true)
  }, 20_000)
})

describe('unknown users', () => {
  it('lands them in notFound, caches them as null, and is no error', async () => {
    const { wrapper, queryClient } = setup()
    render(
      <>
        <List ids={['u1', 'ghost']} />
        <ul>
          <Name id="ghost" />
        </ul>
      </>,
      { wrapper },
    )
    expect(await screen.findByText('loaded 1, missing ghost')).toBeInTheDocument()
    expect(screen.getByText('ghost: not found')).toBeInTheDocument()
    expect(queryClient.getQueryData(profileKeys.user('ghost'))).toBeNull()
  })
})

describe('bad input', () => {
  it('names the bad value, requests nothing for it, and still loads the valid IDs', async () => {
    const { wrapper, calls } = setup()
    const ids = ['u1', '', '   ', 42, 'u2'] as unknown as string[]
    render(<List ids={ids} />, { wrapper })
    expect(
      await screen.findByText(
        'loaded 2, error useUserProfiles: userIDs[1] is an empty string; user IDs are non-empty strings.',
      ),
    ).toBeInTheDocument()
    expect(requestedIDs(calls.getUserProfiles)).toEqual([['u1', 'u2']])
  })

  it('gives useUserProfile an error state for a non-string ID without crashing', async () => {
    const { wrapper, calls } = setup()
    function One() {
      const { error, status } = useUserProfile(undefined as unknown as string)
      return <p>{`${status}: ${error?.code} ${error?.field}`}</p>
    }
    render(<One />, { wrapper })
    expect(screen.getByText('error: invalid_argument userID')).toBeInTheDocument()
    await waitFor(() => expect(calls.getUserProfiles).not.toHaveBeenCalled())
  })
})
