import { QueryClient } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ProfileAdapter } from '../../adapter/ProfileAdapter'
import { createMemoryAdapter, type MemoryAdapter } from '../../memory/createMemoryAdapter'
import type { Profile } from '../../model/profile'
import { ProfileProvider } from '../ProfileProvider'
import { useMyProfile } from '../useMyProfile'
import { useUpdateProfile } from '../useUpdateProfile'
import { useUserProfiles } from '../useUserProfiles'

// Tests that wait for nothing to happen do it in fake time.
afterEach(() => {
  vi.useRealTimers()
})

// Two accounts on two backends: each sees carol under its own remark, as a contact list would.
const alicesBackend = () =>
  createMemoryAdapter({
    me: { userID: 'alice', nick: 'Alice' },
    profiles: [{ userID: 'carol', nick: 'Carol (as Alice sees her)' }],
  })
const bobsBackend = () =>
  createMemoryAdapter({
    me: { userID: 'bob', nick: 'Bob' },
    profiles: [
      { userID: 'alice', nick: 'Alice (as Bob sees her)' },
      { userID: 'carol', nick: 'Carol (as Bob sees her)' },
    ],
  })

/** Delegates to `memory`, but holds each save until `finish()`: a save still on its way at the switch. */
function slowSaves(memory: MemoryAdapter) {
  const held: Array<() => void> = []
  const adapter: ProfileAdapter = {
    schema: memory.schema,
    getMyProfile: () => memory.getMyProfile(),
    getUserProfiles: (userIDs) => memory.getUserProfiles(userIDs),
    subscribe: (onChange, onReset) => memory.subscribe(onChange, onReset),
    async updateMyProfile(patch) {
      await new Promise<void>((resolve) => held.push(resolve))
      return memory.updateMyProfile(patch)
    },
  }
  return { adapter, finish: () => held.splice(0).forEach((resolve) => resolve()) }
}

function Me() {
  const { data } = useMyProfile()
  return <p>{data ? `I am ${data.nick}` : 'me loading'}</p>
}

function Contacts() {
  const { data, isPending } = useUserProfiles(['alice', 'carol'])
  return <p>{isPending ? 'contacts loading' : `contacts: ${data.map((p: Profile) => p.nick).join(', ')}`}</p>
}

function Rename() {
  const update = useUpdateProfile()
  return (
    <button type="button" onClick={() => update.mutate({ nick: 'Alice, renamed' })}>
      Rename
    </button>
  )
}

const clients = {
  'a private QueryClient': () => undefined,
  "the app's QueryClient": () => new QueryClient(),
}

describe.each(Object.entries(clients))('a new adapter is a new session, with %s', (_name, makeClient) => {
  function mount(first: ProfileAdapter) {
    const queryClient = makeClient()
    const app = (adapter: ProfileAdapter) => (
      <ProfileProvider adapter={adapter} queryClient={queryClient} eventCoalesceMs={0}>
        <Me />
        <Contacts />
        <Rename />
      </ProfileProvider>
    )
    const view = render(app(first))
    return { switchTo: (adapter: ProfileAdapter) => view.rerender(app(adapter)) }
  }

  it('shows the new account at once as loading, then its own profile and its view of others', async () => {
    const { switchTo } = mount(alicesBackend())
    expect(await screen.findByText('I am Alice')).toBeInTheDocument()
    expect(await screen.findByText('contacts: Alice, Carol (as Alice sees her)')).toBeInTheDocument()

    switchTo(bobsBackend())
    // The first render of the new session already shows nothing of the old one.
    expect(screen.getByText('me loading')).toBeInTheDocument()
    expect(screen.getByText('contacts loading')).toBeInTheDocument()
    expect(screen.queryByText(/Alice sees/)).toBeNull()

    expect(await screen.findByText('I am Bob')).toBeInTheDocument()
    expect(
      await screen.findByText('contacts: Alice (as Bob sees her), Carol (as Bob sees her)'),
    ).toBeInTheDocument()
  })

  it('never shows a save of the old account that settles after the switch', async () => {
    const alice = slowSaves(alicesBackend())
    const { switchTo } = mount(alice.adapter)
    expect(await screen.findByText('I am Alice')).toBeInTheDocument()
    act(() => screen.getByRole('button', { name: 'Rename' }).click())
    expect(await screen.findByText('I am Alice, renamed')).toBeInTheDocument()

    switchTo(bobsBackend())
    expect(await screen.findByText('I am Bob')).toBeInTheDocument()
    expect(await screen.findByText(/^contacts: Alice \(as Bob sees her\)/)).toBeInTheDocument()
    vi.useFakeTimers()
    await act(async () => {
      alice.finish()
      await vi.advanceTimersByTimeAsync(20)
    })
    expect(screen.getByText('I am Bob')).toBeInTheDocument()
    expect(screen.getByText('contacts: Alice (as Bob sees her), Carol (as Bob sees her)')).toBeInTheDocument()
    expect(screen.queryByText(/renamed/)).toBeNull()
  })
})
