import { QueryClient } from '@tanstack/query-core'
import { describe, expect, it, vi } from 'vitest'
import type { ProfileAdapter } from '../adapter/ProfileAdapter'
import type { ProfilePatch } from '../model/profile'
import { createMemoryAdapter, createProfileClient, ProfileError, profileKeys } from '../vanilla'

// Updating must work without React: any React import fails this file.
vi.mock('react', () => {
  throw new Error('react imported')
})
vi.mock('@tanstack/react-query', () => {
  throw new Error('@tanstack/react-query imported')
})

/** A memory backend whose `updateMyProfile` answers only when the test lets it. */
function heldSaves() {
  const memory = createMemoryAdapter({ me: { userID: 'me', nick: 'Ada', location: 'London' } })
  const sent: ProfilePatch[] = []
  const held: Array<(fail?: Error) => void> = []
  const adapter: ProfileAdapter = {
    schema: memory.schema,
    getMyProfile: () => memory.getMyProfile(),
    getUserProfiles: (userIDs) => memory.getUserProfiles(userIDs),
    async updateMyProfile(patch) {
      sent.push(patch)
      await new Promise<void>((resolve, reject) => held.push((fail) => (fail ? reject(fail) : resolve())))
      return memory.updateMyProfile(patch)
    },
  }
  const queryClient = new QueryClient()
  const client = createProfileClient(adapter, queryClient)
  const shown = () => queryClient.getQueryData(profileKeys.user('me'))
  return { memory, sent, held, client, shown }
}

describe('updateMyProfile: the engine runs a whole update, without React', () => {
  it('validates, shows the change at once, sends only what changed, and shows the backend’s answer', async () => {
    const { memory, sent, held, client, shown } = heldSaves()
    const saving = client.updateMyProfile({ nick: 'Ada L.', location: 'London' })
    await vi.waitFor(() => expect(sent).toEqual([{ nick: 'Ada L.' }]))
    expect(shown()).toMatchObject({ nick: 'Ada L.', location: 'London' })
    held[0]?.()
    const saved = await saving
    expect(saved).toEqual(memory.getStored('me'))
    expect(saved.nick).toBe('Ada L.')
    expect(shown()).toEqual(saved)
  })

  it('rejects a patch breaking the schema with invalid_argument before any call, showing nothing', async () => {
    const { sent, client, shown } = heldSaves()
    await expect(client.updateMyProfile({ gender: 'robot' as 'male' })).rejects.toMatchObject({
      code: 'invalid_argument',
      field: 'gender',
    })
    expect(sent).toEqual([])
    expect(shown()).toMatchObject({ nick: 'Ada', gender: 'unknown' })
  })

  it('never sends a save that waited its turn across a session change (login, logout, account switch)', async () => {
    const { memory, sent, held, client, shown } = heldSaves()
    const first = client.updateMyProfile({ nick: 'Ada L.' })
    const second = client.updateMyProfile({ location: 'Paris' })
    await vi.waitFor(() => expect(sent).toEqual([{ nick: 'Ada L.' }]))
    client.reset()
    held[0]?.()
    await expect(first).resolves.toMatchObject({ nick: 'Ada L.' })
    await expect(second).rejects.toMatchObject({ code: 'not_ready' })
    expect(sent).toEqual([{ nick: 'Ada L.' }])
    expect(memory.getStored('me')).toMatchObject({ location: 'London' })
    await vi.waitFor(() => expect(shown()).toMatchObject({ nick: 'Ada L.', location: 'London' }))
  })

  it('runs saves one at a time, in order; a failed one is withdrawn and the next still goes out', async () => {
    const { memory, sent, held, client, shown } = heldSaves()
    const first = client.updateMyProfile({ nick: 'One' })
    const second = client.updateMyProfile({ location: 'Paris' })
    await vi.waitFor(() => expect(sent).toEqual([{ nick: 'One' }]))
    // Both show at once; the second waits for the first on the wire.
    expect(shown()).toMatchObject({ nick: 'One', location: 'Paris' })
    held[0]?.(new ProfileError('permission_denied', 'denied'))
    await expect(first).rejects.toMatchObject({ code: 'permission_denied' })
    expect(shown()).toMatchObject({ nick: 'Ada', location: 'Paris' })
    await vi.waitFor(() => expect(sent).toEqual([{ nick: 'One' }, { location: 'Paris' }]))
    held[1]?.()
    expect(await second).toMatchObject({ nick: 'Ada', location: 'Paris' })
    expect(memory.getStored('me')).toMatchObject({ nick: 'Ada', location: 'Paris' })
    expect(shown()).toMatchObject({ nick: 'Ada', location: 'Paris' })
  })

  it('makes no call for a patch that changes nothing and resolves to my profile', async () => {
    const { sent, client } = heldSaves()
    expect(await client.updateMyProfile({ nick: 'Ada' })).toMatchObject({ userID: 'me', nick: 'Ada' })
    expect(sent).toEqual([])
  })
})
