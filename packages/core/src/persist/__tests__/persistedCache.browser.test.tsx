import { afterEach, describe, expect, it, vi } from 'vitest'
import { page } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { indexedDbProfileStorage, profileStoreKey, type PersistedProfileStorage } from '../profileStorage'
import { firstRenders, ids, Line, Me, pageLoad, switchingAccounts } from './persistedApp'

afterEach(() => firstRenders.clear())

const lines = (count: number) => ids(count).map((id) => <Line key={id} id={id} />)
let databases = 0
/** A real IndexedDB database of its own per test. */
const realStore = () => indexedDbProfileStorage(`profile-kit-test-${Date.now()}-${databases++}`)

/** One user's stored entries as `kind:id=nick` (`me=userID` for who I am). */
async function storedEntries(storage: PersistedProfileStorage, userID: string) {
  const saved = await storage.get(profileStoreKey('chat', userID, 'default'))
  return (saved?.clientState.queries ?? []).map(({ queryKey, state }) => {
    const data = state.data as { nick?: string } | string | null
    return `${queryKey.slice(2).join(':')}=${typeof data === 'object' ? data?.nick : data}`
  })
}

/** One page load of `userID`, signed in on the backend too, showing `count` users. */
async function visit(storage: PersistedProfileStorage, userID: string, count: number) {
  const signedIn = userID === 'me' ? undefined : { userID }
  const load = pageLoad({ signedIn, persist: { appID: 'chat', userID, storage, throttleMs: 0 } })
  const screen = await render(<load.App>{lines(count)}</load.App>)
  await expect.element(page.getByText(`u${count - 1} is User ${count - 1}`)).toBeVisible()
  return { ...load, screen }
}

describe('the persisted cache in Chromium (real IndexedDB)', () => {
  it('renders every name on the first commit after a reload, with zero adapter calls', async () => {
    const storage = realStore()
    const first = await visit(storage, 'me', 120)
    // Every profile, and who I am (read once to learn whose profiles the cache holds).
    await vi.waitUntil(async () => (await storedEntries(storage, 'me')).length === 122)
    await first.screen.unmount()
    firstRenders.clear()

    const second = await visit(storage, 'me', 120)
    expect(firstRenders.get('u0')).toBe('u0 is User 0')
    expect(firstRenders.get('u119')).toBe('u119 is User 119')
    expect(second.calls).not.toHaveBeenCalled()
  })

  it('on an account switch removes the other account from IndexedDB and restores none of it', async () => {
    const storage = realStore()
    const me = await visit(storage, 'me', 3)
    await vi.waitUntil(async () => (await storage.keys()).length === 1)
    await me.screen.unmount()
    firstRenders.clear()

    const bob = await visit(storage, 'bob', 3)
    expect(firstRenders.get('u0')).toBe('u0 loading')
    expect(bob.calls).toHaveBeenCalledTimes(1)
    await vi.waitUntil(
      async () => (await storage.keys()).join() === profileStoreKey('chat', 'bob', 'default'),
    )
  })

  it("after an account switch in place (one SDK instance), keeps alice's reads out of bob's store", async () => {
    const storage = realStore()
    const sdk = switchingAccounts()
    const load = pageLoad({
      adapter: sdk.adapter,
      persist: { appID: 'chat', userID: 'alice', storage, throttleMs: 0 },
    })
    const screen = await render(
      <load.App>
        <Me />
        <Line id="u0" />
      </load.App>,
    )
    await vi.waitUntil(async () => (await storedEntries(storage, 'alice')).includes('user:u0=User 0'))
    await screen.rerender(<load.App />)
    sdk.signIn('bob')
    await screen.rerender(
      <load.App persist={{ userID: 'bob' }}>
        <Me />
        <Line id="u2" />
      </load.App>,
    )
    await expect.element(page.getByText('I am Bob')).toBeVisible()
    await vi.waitUntil(async () => {
      const bobs = await storedEntries(storage, 'bob')
      return bobs.includes('me=bob') && bobs.includes('user:u2=User 2')
    })
    const bobs = await storedEntries(storage, 'bob')
    expect(bobs).not.toContain('me=alice')
    expect(bobs).not.toContain('user:u0=User 0')
    expect(await storage.keys()).toEqual([profileStoreKey('chat', 'bob', 'default')])
  })

  it('degrades to memory with one warning when IndexedDB is full (QuotaExceededError)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const real = realStore()
    const full: PersistedProfileStorage = {
      ...real,
      set: vi.fn(() =>
        Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
      ),
    }
    const load = await visit(full, 'me', 3)
    load.memory.simulateRemoteChange('u1', { nick: 'Live' })
    await expect.element(page.getByText('u1 is Live')).toBeVisible()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(full.set).toHaveBeenCalledTimes(1)
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/QuotaExceededError/)
    expect(await real.keys()).toEqual([])
  })
})
