import { QueryClient } from '@tanstack/react-query'
import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { vi } from 'vitest'
import type { ProfileAdapter } from '../../adapter/ProfileAdapter'
import {
  createMemoryAdapter,
  type MemoryAdapter,
  type MemoryAdapterOptions,
} from '../../memory/createMemoryAdapter'
import type { Profile } from '../../model/profile'
import { ProfileProvider, type ProfileProviderProps } from '../ProfileProvider'
import { useMyProfile } from '../useMyProfile'
import { useUpdateProfile } from '../useUpdateProfile'

/** A user the memory backend knows: u0 … u{n-1}, nick "User i". */
export const userID = (index: number) => `u${index}`
export const users = (count: number): Array<Partial<Profile> & { userID: string }> =>
  Array.from({ length: count }, (_, index) => ({ userID: userID(index), nick: `User ${index}` }))

/** A fresh memory backend, QueryClient and provider per test, with the adapter's calls recorded. */
export function setup(
  options: {
    adapter?: ProfileAdapter
    memory?: Partial<MemoryAdapterOptions>
    provider?: Partial<ProfileProviderProps>
  } = {},
) {
  const memory = createMemoryAdapter({
    me: { userID: 'me', nick: 'Ada' },
    profiles: users(20),
    ...options.memory,
  })
  const adapter: ProfileAdapter = options.adapter ?? delegateTo(memory)
  const calls = {
    getUserProfiles: vi.spyOn(adapter, 'getUserProfiles'),
    getMyProfile: vi.spyOn(adapter, 'getMyProfile'),
    updateMyProfile: vi.spyOn(adapter, 'updateMyProfile'),
  }
  const queryClient = new QueryClient()
  function wrapper({ children }: { children?: ReactNode }) {
    return (
      <ProfileProvider adapter={adapter} queryClient={queryClient} eventCoalesceMs={0} {...options.provider}>
        {children}
      </ProfileProvider>
    )
  }
  return { memory, adapter, calls, queryClient, wrapper }
}

/** An adapter that passes every call to `memory`: spies go on it, so tests can still call the real
 * memory backend behind a mocked method. */
export function delegateTo(memory: MemoryAdapter): ProfileAdapter {
  return {
    schema: memory.schema,
    getMyProfile: () => memory.getMyProfile(),
    getUserProfiles: (userIDs) => memory.getUserProfiles(userIDs),
    updateMyProfile: (patch) => memory.updateMyProfile(patch),
    subscribe: (onChange, onReset) => memory.subscribe(onChange, onReset),
  }
}

/** IDs each `getUserProfiles` call received, in call order. */
export function requestedIDs(spy: { mock: { calls: unknown[][] } }): string[][] {
  return spy.mock.calls.map(([ids]) => ids as string[])
}

/** Advances fake time inside act(), so React commits whatever the kit did meanwhile. */
export async function elapse(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms)
  })
}

/** My profile and the update hook, rendered under a provider of `adapter` (with `props`) on a fresh QueryClient. */
export function renderMyProfileAndUpdate(adapter: ProfileAdapter, props: Partial<ProfileProviderProps> = {}) {
  const queryClient = new QueryClient()
  return renderHook(() => ({ me: useMyProfile(), update: useUpdateProfile() }), {
    wrapper: ({ children }) => (
      <ProfileProvider adapter={adapter} queryClient={queryClient} {...props}>
        {children}
      </ProfileProvider>
    ),
  })
}
