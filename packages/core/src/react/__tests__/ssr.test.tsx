// @vitest-environment node
import { dehydrate, hydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query'
import { renderToString } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { createMemoryAdapter } from '../../memory/createMemoryAdapter'
import { prefetchMyProfile, prefetchUserProfiles } from '../../client/prefetchUserProfiles'
import { ProfileProvider } from '../ProfileProvider'
import { useMyProfile } from '../useMyProfile'
import { useUserProfiles } from '../useUserProfiles'

function Page() {
  const { data: me } = useMyProfile()
  const { data } = useUserProfiles(['alice', 'bob'])
  return <p>{`${me?.nick} sees ${data.map((profile) => profile.nick).join(' and ')}`}</p>
}

describe('server rendering', () => {
  it('imports every entry in Node without touching window', async () => {
    expect(typeof window).toBe('undefined')
    await expect(import('../../index')).resolves.toHaveProperty('ProfileProvider')
    await expect(import('../../vanilla')).resolves.toHaveProperty('prefetchUserProfiles')
  })

  it('prefetches on the server and renders from the hydrated cache without asking the backend', async () => {
    const profiles = [
      { userID: 'alice', nick: 'Alice', customFields: JSON.parse('{"__proto__": "kept", "team": "core"}') },
      { userID: 'bob', nick: 'Bob' },
    ]
    const server = new QueryClient()
    const serverAdapter = createMemoryAdapter({ me: { userID: 'me', nick: 'Ada' }, profiles })
    await prefetchUserProfiles(server, serverAdapter, ['alice', 'bob'])
    await prefetchMyProfile(server, serverAdapter)
    const wire = JSON.parse(JSON.stringify(dehydrate(server)))

    const browser = new QueryClient()
    hydrate(browser, wire)
    const browserAdapter = createMemoryAdapter({ me: { userID: 'me' } })
    const calls = [vi.spyOn(browserAdapter, 'getUserProfiles'), vi.spyOn(browserAdapter, 'getMyProfile')]
    const html = renderToString(
      <ProfileProvider adapter={browserAdapter} queryClient={browser}>
        <Page />
      </ProfileProvider>,
    )
    expect(html).toContain('Ada sees Alice and Bob')
    for (const call of calls) expect(call).not.toHaveBeenCalled()
  })

  it('renders the README recipe on the server: HydrationBoundary inside a provider with its own client', async () => {
    const seed = { me: { userID: 'me', nick: 'Ada' }, profiles: [{ userID: 'alice', nick: 'Alice' }] }
    const server = new QueryClient()
    const serverAdapter = createMemoryAdapter(seed)
    await prefetchUserProfiles(server, serverAdapter, ['alice', 'bob'])
    await prefetchMyProfile(server, serverAdapter)
    const browserAdapter = createMemoryAdapter(seed)
    const getUserProfiles = vi.spyOn(browserAdapter, 'getUserProfiles')
    const html = renderToString(
      <ProfileProvider adapter={browserAdapter}>
        <HydrationBoundary state={dehydrate(server)}>
          <Page />
        </HydrationBoundary>
      </ProfileProvider>,
    )
    expect(html).toContain('Ada sees Alice')
    expect(getUserProfiles).not.toHaveBeenCalled()
  })
})
