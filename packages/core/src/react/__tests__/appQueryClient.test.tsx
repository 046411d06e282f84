import {
  dehydrate,
  HydrationBoundary,
  QueryClient,
  QueryClientProvider,
  useQueryClient,
} from '@tanstack/react-query'
import { cleanup, render, screen } from '@testing-library/react'
import { useEffect, type ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { prefetchUserProfiles } from '../../client/prefetchUserProfiles'
import { profileKeys } from '../../client/profileKeys'
import { createMemoryAdapter } from '../../memory/createMemoryAdapter'
import { ProfileProvider } from '../ProfileProvider'
import { useUserProfile } from '../useUserProfile'

const seed = () =>
  createMemoryAdapter({ me: { userID: 'me' }, profiles: [{ userID: 'alice', nick: 'Alice' }] })

/** The client `useQueryClient()` returned below the provider, by render. */
const seenClients: QueryClient[] = []
function AliceNick() {
  const client = useQueryClient()
  useEffect(() => void seenClients.push(client), [client])
  return <p>{useUserProfile('alice').data?.nick ?? 'loading'}</p>
}

/** The recipe of the README: profiles prefetched elsewhere, hydrated inside the provider. */
async function renderHydrated(
  wrap: (children: ReactNode) => ReactNode,
  queryClient?: QueryClient,
  boundaryClient?: QueryClient,
) {
  const server = new QueryClient()
  await prefetchUserProfiles(server, seed(), ['alice'])
  const state = JSON.parse(JSON.stringify(dehydrate(server)))
  const adapter = seed()
  const getUserProfiles = vi.spyOn(adapter, 'getUserProfiles')
  render(
    wrap(
      <ProfileProvider adapter={adapter} queryClient={queryClient}>
        <HydrationBoundary state={state} queryClient={boundaryClient}>
          <AliceNick />
        </HydrationBoundary>
      </ProfileProvider>,
    ),
  )
  // Shown from the hydrated cache in the first render: the backend is never asked.
  expect(screen.getByText('Alice')).toBeInTheDocument()
  expect(getUserProfiles).not.toHaveBeenCalled()
  return seenClients.at(-1) as QueryClient
}

describe("ProfileProvider and the app's QueryClientProvider", () => {
  it('without a QueryClientProvider above, provides its own client, so HydrationBoundary and useQueryClient work below', async () => {
    const client = await renderHydrated((children) => children)
    expect(client.getQueryData(profileKeys.user('alice'))).toMatchObject({ nick: 'Alice' })
  })

  it("inside the app's QueryClientProvider, keeps profiles in the app's client", async () => {
    const appClient = new QueryClient()
    const client = await renderHydrated((children) => (
      <QueryClientProvider client={appClient}>{children}</QueryClientProvider>
    ))
    expect(client).toBe(appClient)
    expect(appClient.getQueryData(profileKeys.user('alice'))).toMatchObject({ nick: 'Alice' })
  })

  it("given a queryClient, provides it below when alone, and inside the app's QueryClientProvider leaves the app's client in charge", async () => {
    const given = new QueryClient()
    const appClient = new QueryClient()
    const alone = await renderHydrated((children) => children, given)
    expect(alone).toBe(given)
    cleanup()
    given.clear()
    // The app's own queries below stay in the app's cache; profiles hydrate into the given client.
    const nested = await renderHydrated(
      (children) => <QueryClientProvider client={appClient}>{children}</QueryClientProvider>,
      given,
      given,
    )
    expect(nested).toBe(appClient)
    expect(given.getQueryData(profileKeys.user('alice'))).toMatchObject({ nick: 'Alice' })
    expect(appClient.getQueryData(profileKeys.user('alice'))).toBeUndefined()
  })
})
