import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import type { ProfileAdapter } from '../adapter/ProfileAdapter'
import { createMemoryAdapter } from '../memory/createMemoryAdapter'
import { createProfileClient } from './createProfileClient'
import { profileKeys } from './profileKeys'
import { profileSessions } from './profileSessions'

const backend = (userID: string, carol: string): ProfileAdapter =>
  createMemoryAdapter({ me: { userID, nick: userID }, profiles: [{ userID: 'carol', nick: carol }] })

/** A backend whose saves reach it (`sent`) but answer only on `release()`: a save outliving its session. */
function heldSaves(adapter: ProfileAdapter) {
  let arrived!: () => void
  let release!: () => void
  const sent = new Promise<void>((resolve) => (arrived = resolve))
  const answer = new Promise<void>((resolve) => (release = resolve))
  const held: ProfileAdapter = {
    ...adapter,
    async updateMyProfile(patch) {
      arrived()
      await answer
      return adapter.updateMyProfile(patch)
    },
  }
  return { adapter: held, sent, release }
}

describe('sessions: a new adapter on one QueryClient and scope', () => {
  it('reads its own keys, removes the old account’s entries when it connects, and keeps late writes of the old one out', async () => {
    const queryClient = new QueryClient()
    const alice = heldSaves(backend('alice', 'Carol for Alice'))
    const first = createProfileClient(alice.adapter, queryClient)
    const disconnectFirst = first.connect()
    await queryClient.fetchQuery(first.userQuery('carol'))
    // The first adapter uses the plain keys, so prefetched and hydrated entries are its own.
    expect(queryClient.getQueryData(profileKeys.user('carol'))).toMatchObject({ nick: 'Carol for Alice' })
    const saving = first.updateMyProfile({ nick: 'Alice, renamed' })
    await alice.sent

    const second = createProfileClient(backend('bob', 'Carol for Bob'), queryClient)
    expect(second.userQuery('carol').queryKey).not.toEqual(first.userQuery('carol').queryKey)
    disconnectFirst()
    second.connect()
    expect(queryClient.getQueryCache().findAll({ queryKey: profileKeys.all() })).toEqual([])

    // The old account's save settles after the switch: it writes nothing into the shared cache.
    alice.release()
    expect(await saving).toMatchObject({ userID: 'alice', nick: 'Alice, renamed' })
    expect(queryClient.getQueryCache().findAll({ queryKey: profileKeys.all() })).toEqual([])
    expect(await queryClient.fetchQuery(second.userQuery('carol'))).toMatchObject({ nick: 'Carol for Bob' })
    expect(await second.myProfile()).toMatchObject({ userID: 'bob' })
  })

  it('after the cache was cleared, gives the next adapter the plain keys (for hydration) and silences the old one', async () => {
    const queryClient = new QueryClient()
    const alice = heldSaves(backend('alice', 'Carol for Alice'))
    const first = createProfileClient(alice.adapter, queryClient)
    first.connect()
    await queryClient.fetchQuery(first.userQuery('carol'))
    const saving = first.updateMyProfile({ nick: 'Alice, renamed' })
    await alice.sent
    queryClient.clear()

    const second = createProfileClient(backend('bob', 'Carol for Bob'), queryClient)
    expect(second.userQuery('carol').queryKey).toEqual(profileKeys.user('carol'))
    // Before the new provider even connects, the old account's late save writes nothing.
    alice.release()
    await saving
    expect(queryClient.getQueryCache().findAll({ queryKey: profileKeys.all() })).toEqual([])
    expect(await queryClient.fetchQuery(second.userQuery('carol'))).toMatchObject({ nick: 'Carol for Bob' })
  })

  it('gives an adapter that comes back after its plain keys were taken over keys of its own', async () => {
    const queryClient = new QueryClient()
    const [alice, bob] = [backend('alice', 'Carol for Alice'), backend('bob', 'Carol for Bob')]
    createProfileClient(alice, queryClient).connect()()
    queryClient.clear() // logout
    const asBob = createProfileClient(bob, queryClient)
    const disconnectBob = asBob.connect()
    await queryClient.fetchQuery(asBob.userQuery('carol'))

    // An account switcher that keeps one adapter per account goes back to Alice's.
    const asAlice = createProfileClient(alice, queryClient)
    expect(asAlice.userQuery('carol').queryKey).not.toEqual(asBob.userQuery('carol').queryKey)
    disconnectBob()
    asAlice.connect()
    expect(queryClient.getQueryCache().findAll({ queryKey: profileKeys.all() })).toEqual([])
    expect(await queryClient.fetchQuery(asAlice.userQuery('carol'))).toMatchObject({
      nick: 'Carol for Alice',
    })
  })

  it('keeps the cache when the same adapter reconnects (StrictMode, new options)', async () => {
    const queryClient = new QueryClient()
    const adapter = backend('alice', 'Carol')
    const client = createProfileClient(adapter, queryClient)
    client.connect()()
    await queryClient.fetchQuery(client.userQuery('carol'))
    const again = createProfileClient(adapter, queryClient, { staleTime: 1000 })
    again.connect()
    expect(queryClient.getQueryData(again.userQuery('carol').queryKey)).toMatchObject({ nick: 'Carol' })
  })

  it('lets providers of one adapter share a scope, and rejects another adapter until they all leave', () => {
    const queryClient = new QueryClient()
    const [first, second] = [backend('alice', 'Carol'), backend('bob', 'Carol')]
    const sessions = profileSessions(queryClient, 'default')
    const releases = [sessions.connect(first), sessions.connect(first)]
    expect(() => sessions.connect(second)).toThrow(
      expect.objectContaining({
        code: 'invalid_argument',
        field: 'scope',
        message: expect.stringContaining('"default"'),
      }),
    )
    // Another scope or another QueryClient keeps the profiles apart: allowed.
    expect(() => profileSessions(queryClient, 'work').connect(second)).not.toThrow()
    expect(() => profileSessions(new QueryClient(), 'default').connect(second)).not.toThrow()
    releases[0]?.()
    expect(() => sessions.connect(second)).toThrow()
    releases[1]?.()
    expect(() => sessions.connect(second)).not.toThrow()
  })
})
