import { act, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryAdapter, type MemoryAdapter } from '../../memory/createMemoryAdapter'
import { useUserProfile } from '../useUserProfile'
import { heldAdapter } from './heldAdapter'
import { elapse, setup, users } from './setup'

function Card({ id }: { id: string }) {
  const { data, refetch } = useUserProfile(id)
  return (
    <p>
      {data ? `${id} is ${data.nick}` : `${id} loading`}
      <button onClick={() => void refetch()}>refetch</button>
    </p>
  )
}

/** A memory backend of three users whose answers wait until released. */
function heldMemory() {
  const memory = createMemoryAdapter({ me: { userID: 'me' }, profiles: users(3) })
  return { memory, held: heldAdapter(memory) }
}

/**
 * With u1's first answer held: lets it land, refetches u1 and holds that answer (it read "User 1"),
 * renames u1 to `nick` meanwhile, then lets the older answer land on fake time.
 */
async function renameWhileRefetchIsHeld(
  memory: MemoryAdapter,
  held: ReturnType<typeof heldAdapter>,
  nick: string,
) {
  await waitFor(() => expect(held.waiting).toBe(1))
  held.release()
  expect(await screen.findByText('u1 is User 1')).toBeInTheDocument()
  act(() => screen.getByRole('button', { name: 'refetch' }).click())
  await waitFor(() => expect(held.waiting).toBe(1))
  act(() => void memory.simulateRemoteChange('u1', { nick }))
  expect(await screen.findByText(`u1 is ${nick}`)).toBeInTheDocument()
  vi.useFakeTimers()
  held.release()
  await elapse(20)
}

describe('never go back in time', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('keeps a newer event over an older answer that arrives after it', async () => {
    const { memory, held } = heldMemory()
    const { wrapper } = setup({ adapter: held.adapter })
    render(<Card id="u1" />, { wrapper })
    await renameWhileRefetchIsHeld(memory, held, 'Newer')
    expect(screen.getByText('u1 is Newer')).toBeInTheDocument()
  })

  it('lets the newer of event and answer win for a user whose first fetch is in flight', async () => {
    const { memory, held } = heldMemory()
    const { wrapper } = setup({ adapter: held.adapter })
    render(<Card id="u2" />, { wrapper })
    await waitFor(() => expect(held.waiting).toBe(1)) // the answer says "User 2" and is held
    vi.useFakeTimers()
    act(() => void memory.simulateRemoteChange('u2', { nick: 'Changed while loading' }))
    await elapse(20)
    held.release()
    await elapse(20)
    expect(screen.getByText('u2 is Changed while loading')).toBeInTheDocument()
  })

  it('orders answers without version stamps by arrival: a fetch started before a local write loses', async () => {
    const { memory, held } = heldMemory()
    // A backend without version stamps: every answer and event has updatedAt 0.
    const unstamped = {
      ...held.adapter,
      getUserProfiles: async (ids: string[]) =>
        (await held.adapter.getUserProfiles(ids)).map((profile) => ({ ...profile, updatedAt: 0 })),
      subscribe: (onChange: Parameters<NonNullable<typeof held.adapter.subscribe>>[0]) =>
        memory.subscribe!((changes) => onChange(changes.map((change) => ({ ...change, updatedAt: 0 })))),
    }
    const { wrapper } = setup({ adapter: unstamped })
    render(<Card id="u1" />, { wrapper })
    await renameWhileRefetchIsHeld(memory, held, 'Local write')
    expect(screen.getByText('u1 is Local write')).toBeInTheDocument()
  })
})
