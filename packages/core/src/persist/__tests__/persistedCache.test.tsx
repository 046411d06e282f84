import { act, cleanup, render, screen, waitFor } from '@testing-library/react'
import { useEffect } from 'react'
import { afterEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { createMemoryAdapter } from '../../memory/createMemoryAdapter'
import { heldAdapter } from '../../react/__tests__/heldAdapter'
import { useDisplayName } from '../../react/useDisplayName'
import {
  clearPersistedProfiles,
  profileStoreKey,
  type PersistedProfiles,
  type PersistedProfileStorage,
} from '../profileStorage'
import { firstRenders, ids, Line, mapStorage, Me, pageLoad, switchingAccounts } from './persistedApp'

afterEach(() => firstRenders.clear())

const lines = (count: number) => ids(count).map((id) => <Line key={id} id={id} />)
const names = (count: number) => ids(count).map((id, index) => `${id} is User ${index}`)
const userEntries = (count: number) => ids(count).map((id, index) => `user:${id}=User ${index}`)
/** What the kit stores of who I am: it reads `me` to learn whose entries the cache holds. */
const myEntries = ['me=me', 'user:me=Ada']
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** What the store holds for one user: their entries' user IDs and nicks. */
function stored(storage: ReturnType<typeof mapStorage>, userID = 'me', appID = 'chat') {
  return entries(storage.map.get(profileStoreKey(appID, userID, 'default')))
}

/** Every entry ever written to one user's store, in any write. */
function everStored(set: MockInstance<PersistedProfileStorage['set']>, userID: string) {
  const key = profileStoreKey('chat', userID, 'default')
  return set.mock.calls.flatMap(([written, value]) => (written === key ? entries(value) : []))
}

/** A store's entries as `kind:id=nick` (`me=userID` for who I am). */
function entries(value: PersistedProfiles | undefined) {
  return (value?.clientState.queries ?? []).map(({ queryKey, state }) => {
    const data = state.data as { nick?: string } | string | null
    return `${String(queryKey.slice(2).join(':'))}=${typeof data === 'object' ? data?.nick : data}`
  })
}

/** First page load: shows `count` users until every name is in, and waits until they are stored. */
async function firstVisit(count: number, storage = mapStorage(), persist = {}) {
  const first = pageLoad({ persist: { appID: 'chat', userID: 'me', storage, throttleMs: 0, ...persist } })
  const view = render(<first.App>{lines(count)}</first.App>)
  expect(await screen.findByText(`u${count - 1} is User ${count - 1}`)).toBeInTheDocument()
  await waitFor(() => expect(stored(storage).sort()).toEqual([...myEntries, ...userEntries(count)].sort()))
  view.unmount()
  firstRenders.clear()
  return { storage, memory: first.memory }
}

describe('a reload with the persisted cache', () => {
  it('shows every name on the first commit, with no adapter call', async () => {
    const { storage, memory } = await firstVisit(150)
    const second = pageLoad({ memory, persist: { appID: 'chat', userID: 'me', storage } })
    render(<second.App>{lines(150)}</second.App>)
    expect(await screen.findByText('u0 is User 0')).toBeInTheDocument()
    expect([...firstRenders.values()]).toEqual(names(150))
    await sleep(20)
    expect(second.calls).not.toHaveBeenCalled()
    expect(second.myCalls).not.toHaveBeenCalled()
  })

  it('names a friend by my remark on the first commit, with no remark call', async () => {
    const friendly = () =>
      createMemoryAdapter({
        me: { userID: 'me', nick: 'Ada' },
        profiles: [{ userID: 'u0', nick: 'User 0' }],
        friends: [{ userID: 'u0', remark: 'Boss' }],
      })
    const remarksNamed: string[] = []
    function Named({ id }: { id: string }) {
      const name = useDisplayName(id)
      remarksNamed.push(name)
      return <p>{`${id} is ${name}`}</p>
    }
    const storage = mapStorage()
    const persist = { appID: 'chat', userID: 'me', storage, throttleMs: 0 }
    const first = pageLoad({ adapter: friendly(), persist })
    const view = render(
      <first.App>
        <Named id="u0" />
      </first.App>,
    )
    expect(await screen.findByText('u0 is Boss')).toBeInTheDocument()
    await waitFor(() => expect(stored(storage)).toContain('remark:u0=Boss'))
    view.unmount()
    remarksNamed.length = 0

    const adapter = friendly()
    const getRemarks = vi.spyOn(adapter.remarks, 'getRemarks')
    const second = pageLoad({ adapter, persist })
    render(
      <second.App>
        <Named id="u0" />
      </second.App>,
    )
    expect(await screen.findByText('u0 is Boss')).toBeInTheDocument()
    expect(remarksNamed[0]).toBe('Boss')
    await sleep(20)
    expect(getRemarks).not.toHaveBeenCalled()
    expect(second.calls).not.toHaveBeenCalled()
  })

  it('revalidates stale entries after the first commit, in batches through the loader', async () => {
    const { storage, memory } = await firstVisit(150)
    memory.simulateRemoteChange('u3', { nick: 'Renamed while away' })
    const second = pageLoad({
      memory,
      persist: { appID: 'chat', userID: 'me', storage },
      provider: { staleTime: 0 },
    })
    render(<second.App>{lines(150)}</second.App>)
    expect(await screen.findByText('u3 is Renamed while away')).toBeInTheDocument()
    expect(firstRenders.get('u3')).toBe('u3 is User 3')
    expect(second.calls).toHaveBeenCalledTimes(2) // ceil(150 / 100)
  })

  it('never lets a revalidation answer go back in time over a newer event', async () => {
    const { storage, memory } = await firstVisit(3)
    const held = heldAdapter(memory)
    const second = pageLoad({
      memory,
      adapter: held.adapter,
      persist: { appID: 'chat', userID: 'me', storage, throttleMs: 0 },
      provider: { staleTime: 0 },
    })
    render(<second.App>{lines(3)}</second.App>)
    await waitFor(() => expect(held.waiting).toBe(1)) // the answer read "User 1" and is held
    act(() => void memory.simulateRemoteChange('u1', { nick: 'Newer' }))
    expect(await screen.findByText('u1 is Newer')).toBeInTheDocument()
    held.release()
    await waitFor(() => expect(second.calls).toHaveBeenCalledTimes(1))
    await sleep(20)
    expect(screen.getByText('u1 is Newer')).toBeInTheDocument()
    expect(stored(storage)).toContain('user:u1=Newer')
  })

  it('keeps every restored entry stored when the SDK resets the session after the reload', async () => {
    // Tencent (SDK_READY) and NetEase V2 (LOGINED) reset on every page load, after the restore.
    const { storage, memory } = await firstVisit(150)
    const second = pageLoad({ memory, persist: { appID: 'chat', userID: 'me', storage, throttleMs: 0 } })
    render(<second.App>{lines(2)}</second.App>)
    expect(await screen.findByText('u1 is User 1')).toBeInTheDocument()
    await act(async () => memory.simulateSessionReset())
    await waitFor(() => expect(second.calls).toHaveBeenCalledTimes(1)) // u0 and u1 are read again
    await sleep(20)
    expect(stored(storage)).toEqual(expect.arrayContaining(userEntries(150)))
  })

  it('stores what is read after that reset, in an app that never shows who I am', async () => {
    const { storage, memory } = await firstVisit(2)
    const second = pageLoad({ memory, persist: { appID: 'chat', userID: 'me', storage, throttleMs: 0 } })
    const view = render(<second.App>{lines(2)}</second.App>)
    expect(await screen.findByText('u1 is User 1')).toBeInTheDocument()
    await act(async () => memory.simulateSessionReset())
    view.rerender(<second.App>{lines(3)}</second.App>)
    expect(await screen.findByText('u2 is User 2')).toBeInTheDocument()
    await waitFor(() => expect(stored(storage)).toContain('user:u2=User 2'))
    expect(stored(storage)).toEqual(expect.arrayContaining(['user:u0=User 0', 'user:u1=User 1']))
  })

  it('stores what live events and my saves wrote', async () => {
    const storage = mapStorage()
    const page = pageLoad({ persist: { appID: 'chat', userID: 'me', storage, throttleMs: 0 } })
    render(<page.App>{lines(2)}</page.App>)
    expect(await screen.findByText('u1 is User 1')).toBeInTheDocument()
    act(() => void page.memory.simulateRemoteChange('u1', { nick: 'Live' }))
    await waitFor(() =>
      expect(stored(storage).sort()).toEqual([...myEntries, 'user:u0=User 0', 'user:u1=Live']),
    )
  })
  it('stores what the cache already held when persistence is turned on mid-session', async () => {
    const storage = mapStorage()
    const page = pageLoad({ persist: { appID: 'chat', userID: null, storage, throttleMs: 0 } })
    const view = render(<page.App>{lines(2)}</page.App>)
    expect(await screen.findByText('u1 is User 1')).toBeInTheDocument()
    view.rerender(<page.App persist={{ userID: 'me' }}>{lines(2)}</page.App>)
    await waitFor(() => expect(stored(storage).sort()).toEqual([...myEntries, ...userEntries(2)]))
  })
})

describe('one store per app, user and version', () => {
  it('restores nothing for another user or another app', async () => {
    const { storage, memory } = await firstVisit(2)
    // Another app first: bob signing in to this app removes my store (the next test).
    for (const persist of [
      { appID: 'other-app', userID: 'me' },
      { appID: 'chat', userID: 'bob' },
    ]) {
      const page = pageLoad({ memory, persist: { ...persist, storage } })
      const view = render(<page.App>{lines(2)}</page.App>)
      expect(await screen.findByText('u1 is User 1')).toBeInTheDocument()
      expect(firstRenders.get('u1')).toBe('u1 loading')
      expect(page.calls).toHaveBeenCalledTimes(1)
      view.unmount()
      firstRenders.clear()
    }
  })

  it('discards the store when the app buster or the adapter schema changed', async () => {
    const { storage } = await firstVisit(2)
    const busted = pageLoad({ persist: { appID: 'chat', userID: 'me', storage, buster: 'v2' } })
    const view = render(<busted.App>{lines(2)}</busted.App>)
    expect(await screen.findByText('u1 is User 1')).toBeInTheDocument()
    expect(firstRenders.get('u1')).toBe('u1 loading')
    view.unmount()

    const { storage: again } = await firstVisit(2)
    const memory = createMemoryAdapter({
      me: { userID: 'me' },
      profiles: ids(2).map((userID, index) => ({ userID, nick: `User ${index}` })),
      schema: { customFields: [{ key: 'team', type: 'text', label: 'Team' }] },
    })
    const newSchema = pageLoad({ memory, persist: { appID: 'chat', userID: 'me', storage: again } })
    render(<newSchema.App>{lines(2)}</newSchema.App>)
    expect(await screen.findByText('u1 is User 1')).toBeInTheDocument()
    expect(firstRenders.get('u1')).toBe('u1 loading')
    await waitFor(() => expect(newSchema.calls).toHaveBeenCalledTimes(1))
  })

  it('ages entries out after maxAge', async () => {
    const { storage, memory } = await firstVisit(2)
    await sleep(5)
    const page = pageLoad({ memory, persist: { appID: 'chat', userID: 'me', storage, maxAge: 1 } })
    render(<page.App>{lines(2)}</page.App>)
    expect(await screen.findByText('u1 is User 1')).toBeInTheDocument()
    expect(firstRenders.get('u1')).toBe('u1 loading')
    expect(page.calls).toHaveBeenCalledTimes(1)
  })
})

describe('turning persistence on', () => {
  it('keeps the app mounted while the store is read, so nothing on screen loses its state', async () => {
    let mounts = 0
    function Counted() {
      useEffect(() => void mounts++, [])
      return <Line id="u0" />
    }
    const page = pageLoad({ persist: { appID: 'chat', userID: null, storage: mapStorage() } })
    const view = render(
      <page.App>
        <Counted />
      </page.App>,
    )
    expect(await screen.findByText('u0 is User 0')).toBeInTheDocument()
    view.rerender(
      <page.App persist={{ userID: 'me' }}>
        <Counted />
      </page.App>,
    )
    await sleep(20)
    expect(screen.getByText('u0 is User 0')).toBeInTheDocument()
    expect(mounts).toBe(1)
  })
})

describe('logout and account switch', () => {
  it("removes the other users' stores on switch and never shows their profiles", async () => {
    const { storage, memory } = await firstVisit(2)
    const page = pageLoad({ memory, persist: { appID: 'chat', userID: 'me', storage } })
    const view = render(<page.App>{lines(2)}</page.App>)
    expect(await screen.findByText('u1 is User 1')).toBeInTheDocument()
    // Bob signs in with a new SDK instance, so a new adapter: a new session.
    const bob = pageLoad({ memory, persist: { appID: 'chat', userID: 'bob', storage } })
    firstRenders.clear()
    view.rerender(<bob.App>{lines(2)}</bob.App>)
    expect(await screen.findByText('u1 is User 1')).toBeInTheDocument()
    expect(firstRenders.get('u1')).toBe('u1 loading')
    await waitFor(() => expect(storage.map.has(profileStoreKey('chat', 'me', 'default'))).toBe(false))
  })

  it('stores nothing while signed out and removes the last user on logout', async () => {
    const { storage, memory } = await firstVisit(2)
    const page = pageLoad({ memory, persist: { appID: 'chat', userID: 'me', storage } })
    const view = render(<page.App>{lines(2)}</page.App>)
    expect(await screen.findByText('u1 is User 1')).toBeInTheDocument()
    view.rerender(<page.App persist={{ userID: null }}>{lines(2)}</page.App>)
    await waitFor(() => expect(storage.map.size).toBe(0))
    expect(screen.getByText('u1 is User 1')).toBeInTheDocument()
  })

  it("clearPersistedProfiles removes every user's store of one app, and only that app's", async () => {
    const storage = mapStorage()
    const value = { buster: '', timestamp: Date.now(), clientState: { queries: [], mutations: [] } }
    for (const key of [
      profileStoreKey('chat', 'al', 'default'),
      profileStoreKey('chat', 'alice', 'default'),
      profileStoreKey('chat-2', 'al', 'default'),
    ]) {
      await storage.set(key, value)
    }
    await clearPersistedProfiles({ appID: 'chat', userID: 'al', storage })
    expect([...storage.map.keys()]).toEqual([
      profileStoreKey('chat', 'alice', 'default'),
      profileStoreKey('chat-2', 'al', 'default'),
    ])
    await clearPersistedProfiles({ appID: 'chat', storage })
    expect([...storage.map.keys()]).toEqual([profileStoreKey('chat-2', 'al', 'default')])
  })
})

describe('an account switch in place (one SDK instance, one adapter)', () => {
  /** Alice's session: she sees herself, u0 and u1, and they are in her store. */
  async function aliceSession(storage = mapStorage()) {
    const sdk = switchingAccounts()
    const set = vi.spyOn(storage, 'set')
    const page = pageLoad({
      adapter: sdk.adapter,
      persist: { appID: 'chat', userID: 'alice', storage, throttleMs: 0 },
    })
    const view = render(
      <page.App>
        <Me />
        <Line id="u0" />
        <Line id="u1" />
      </page.App>,
    )
    expect(await screen.findByText('I am Alice')).toBeInTheDocument()
    await waitFor(() =>
      expect(stored(storage, 'alice')).toEqual(
        expect.arrayContaining(['me=alice', 'user:u0=User 0', 'user:u1=User 1']),
      ),
    )
    return { sdk, storage, set, page, view }
  }
  const bobsChat = (
    <>
      <Me />
      <Line id="u2" />
    </>
  )
  // Not alice's own entry: Me reads it again in bob's session, as `me` names alice until re-read.
  const alicesEntries = ['me=alice', 'user:u0=User 0', 'user:u1=User 1']

  it("writes nothing alice read into bob's store when the SDK signs bob in before the app names him", async () => {
    const { sdk, storage, set, page, view } = await aliceSession()
    view.rerender(<page.App />) // alice's chat closes
    await act(async () => sdk.signIn('bob'))
    view.rerender(<page.App persist={{ userID: 'bob' }}>{bobsChat}</page.App>)
    expect(await screen.findByText('I am Bob')).toBeInTheDocument()
    expect(await screen.findByText('u2 is User 2')).toBeInTheDocument()
    await waitFor(() =>
      expect(stored(storage, 'bob')).toEqual(expect.arrayContaining(['me=bob', 'user:u2=User 2'])),
    )
    await sleep(20)
    expect(stored(storage, 'bob')).toEqual(expect.arrayContaining(['user:bob=Bob']))
    for (const entry of alicesEntries) expect(everStored(set, 'bob')).not.toContain(entry)
  })

  it("writes nothing alice read into bob's store when the app names bob before the SDK signs him in", async () => {
    const { sdk, storage, set, page, view } = await aliceSession()
    view.rerender(<page.App persist={{ userID: 'bob' }}>{bobsChat}</page.App>)
    expect(await screen.findByText('u2 is User 2')).toBeInTheDocument()
    await sleep(20) // bob's store is written meanwhile: the adapter is still signed in as alice
    await act(async () => sdk.signIn('bob'))
    expect(await screen.findByText('I am Bob')).toBeInTheDocument()
    await waitFor(() =>
      expect(stored(storage, 'bob')).toEqual(expect.arrayContaining(['me=bob', 'user:u2=User 2'])),
    )
    for (const entry of alicesEntries) expect(everStored(set, 'bob')).not.toContain(entry)
  })

  it("writes nothing read in bob's session into alice's store while the app still names alice", async () => {
    const sdk = switchingAccounts()
    const storage = mapStorage()
    const set = vi.spyOn(storage, 'set')
    const page = pageLoad({
      adapter: sdk.adapter,
      persist: { appID: 'chat', userID: 'alice', storage, throttleMs: 0 },
    })
    // Nothing on screen reads `me`: the store learns whose entries these are by asking once.
    render(<page.App>{lines(2)}</page.App>)
    await waitFor(() => expect(stored(storage, 'alice')).toEqual(expect.arrayContaining(['user:u1=User 1'])))
    await sleep(20)
    const switchedAt = Date.now()
    // The rows stay on screen, so u0 and u1 are read again in bob's session.
    await act(async () => sdk.signIn('bob'))
    await waitFor(() => expect(page.calls.mock.calls.flat(2).filter((id) => id === 'u1')).toHaveLength(2))
    await sleep(50)
    const alicesKey = profileStoreKey('chat', 'alice', 'default')
    const readSinceSwitch = set.mock.calls
      .filter(([key]) => key === alicesKey)
      .flatMap(([, value]) => value.clientState.queries)
      .filter((query) => query.state.dataUpdatedAt >= switchedAt)
    expect(readSinceSwitch.map((query) => query.queryKey)).toEqual([])
  })

  it("never restores a stored `me` that is not the store's user", async () => {
    const { storage } = await aliceSession()
    cleanup()
    // A store written before this rule: alice's entries under bob's key.
    storage.map.set(
      profileStoreKey('chat', 'bob', 'default'),
      storage.map.get(profileStoreKey('chat', 'alice', 'default'))!,
    )
    const sdk = switchingAccounts()
    sdk.signIn('bob')
    firstRenders.clear()
    const page = pageLoad({ adapter: sdk.adapter, persist: { appID: 'chat', userID: 'bob', storage } })
    render(
      <page.App>
        <Me />
      </page.App>,
    )
    expect(await screen.findByText('I am Bob')).toBeInTheDocument()
    expect(firstRenders.get('me')).toBe('me loading')
  })

  it("warns once when userID is not the adapter's signed-in user, and stores none of that account's data", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const storage = mapStorage()
    const page = pageLoad({ persist: { appID: 'chat', userID: 'someone-else', storage, throttleMs: 0 } })
    render(
      <page.App>
        <Me />
        <Line id="u0" />
      </page.App>,
    )
    expect(await screen.findByText('I am Ada')).toBeInTheDocument()
    await waitFor(() => expect(warn).toHaveBeenCalledTimes(1), { timeout: 4000 })
    expect(String(warn.mock.calls[0]?.[0])).toMatch(
      /userID "someone-else" is not the adapter.s signed-in user "me"/,
    )
    expect(stored(storage, 'someone-else')).toEqual([])
    await sleep(50)
    expect(warn).toHaveBeenCalledTimes(1)
  })
})

describe('a store that fails', () => {
  it('degrades to memory with one warning and no error on screen', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const broken: PersistedProfileStorage = {
      get: () => Promise.reject(new DOMException('The user denied permission.', 'SecurityError')),
      set: vi.fn(() => Promise.resolve()),
      del: () => Promise.resolve(),
      keys: () => Promise.resolve([]),
    }
    const page = pageLoad({ persist: { appID: 'chat', userID: 'me', storage: broken, throttleMs: 0 } })
    render(<page.App>{lines(2)}</page.App>)
    expect(await screen.findByText('u1 is User 1')).toBeInTheDocument()
    act(() => void page.memory.simulateRemoteChange('u1', { nick: 'Live' }))
    expect(await screen.findByText('u1 is Live')).toBeInTheDocument()
    await sleep(10)
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/SecurityError.*in memory only/)
    expect(broken.set).not.toHaveBeenCalled()
  })
})
