import { describe, expect, it, vi } from 'vitest'
import { createNimAdapter } from './createNimAdapter'
import type { NimInstance } from './nimTypes'
import { createNimDouble, type NimUserSeed } from './testing/createNimDouble'

const ME: NimUserSeed = {
  accountId: 'me',
  name: 'Ada',
  gender: 2,
  serverExtension: '{"team":"core","theme":"dark"}',
}
const ids = (count: number, from = 0) => Array.from({ length: count }, (_, i) => `u${from + i}`)

function setup(options: { users?: number; me?: NimUserSeed; login?: boolean } = {}) {
  const users = [
    options.me ?? ME,
    ...ids(options.users ?? 3).map((accountId) => ({ accountId, name: `name of ${accountId}` })),
  ]
  const nim = createNimDouble({ users })
  if (options.login !== false) nim.login('me')
  return { nim, adapter: createNimAdapter(nim) }
}

describe('createNimAdapter: reads', () => {
  it('reads my profile in the kit model', async () => {
    const { adapter } = setup()
    await expect(adapter.getMyProfile()).resolves.toMatchObject({
      userID: 'me',
      nick: 'Ada',
      gender: 'female',
      customFields: { team: 'core', theme: 'dark' },
    })
  })

  it('fails with not_ready and the SDK code 190002 before login', async () => {
    const { adapter } = setup({ login: false })
    const notReady = expect.objectContaining({ name: 'ProfileError', code: 'not_ready', vendorCode: 190002 })
    await expect(adapter.getMyProfile()).rejects.toEqual(notReady)
    await expect(adapter.getUserProfiles(['u1'])).rejects.toEqual(notReady)
    await expect(adapter.updateMyProfile({ nick: 'x' })).rejects.toEqual(notReady)
  })

  it('omits unknown users and answers each ID once', async () => {
    const { nim, adapter } = setup()
    const profiles = await adapter.getUserProfiles(['u1', 'nobody', 'u1', 'u2'])
    expect(profiles.map((p) => p.userID)).toEqual(['u1', 'u2'])
    expect(nim.requests).toEqual([{ method: 'getUserList', accountIds: ['u1', 'nobody', 'u2'] }])
  })

  it('splits long lists into calls of 150, which the SDK does not do itself', async () => {
    const { nim, adapter } = setup({ users: 400 })
    await expect(adapter.getUserProfiles(ids(400))).resolves.toHaveLength(400)
    expect(nim.requests.map((r) => r.accountIds.length)).toEqual([150, 150, 100])
  })

  it('reads a user from the SDK cache first, and from the server when asked again', async () => {
    const { nim, adapter } = setup()
    await adapter.getUserProfiles(['u1'])
    nim.remoteUpdate('u1', { name: 'renamed elsewhere' }) // strangers are not pushed: the cache is stale
    const [again] = await adapter.getUserProfiles(['u1'])
    expect(again?.nick).toBe('renamed elsewhere')
    expect(nim.requests.map((r) => r.method)).toEqual(['getUserList', 'getUserListFromCloud'])
  })

  it('copies the SDK cached objects', async () => {
    const { nim, adapter } = setup()
    const [profile] = await adapter.getUserProfiles(['u1'])
    const [cached] = await nim.V2NIMUserService.getUserList(['u1'])
    cached!.name = 'mutated in the SDK cache'
    expect(profile?.nick).toBe('name of u1')
    expect(Object.isFrozen(profile)).toBe(true)
  })

  it('refuses bad IDs with invalid_argument naming the index, without an SDK call', async () => {
    const { nim, adapter } = setup()
    await expect(adapter.getUserProfiles(['u1', 42 as unknown as string])).rejects.toMatchObject({
      code: 'invalid_argument',
      field: 'userIDs[1]',
    })
    expect(nim.requests).toEqual([])
  })

  it('maps SDK failures, e.g. a timeout to a retryable network error', async () => {
    const { nim, adapter } = setup()
    nim.failNext('getUserList', 191005)
    await expect(adapter.getUserProfiles(['u1'])).rejects.toMatchObject({
      code: 'network',
      vendorCode: 191005,
      retryable: true,
    })
  })
})

describe('createNimAdapter: updates', () => {
  it('sends mapped standard fields and resolves nothing, so the kit re-reads', async () => {
    const { nim, adapter } = setup()
    await expect(
      adapter.updateMyProfile({ nick: 'Grace', gender: 'male', phone: '123' }),
    ).resolves.toBeUndefined()
    expect(nim.updates).toEqual([{ name: 'Grace', gender: 1, mobile: '123' }])
    await expect(adapter.getMyProfile()).resolves.toMatchObject({
      nick: 'Grace',
      gender: 'male',
      phone: '123',
    })
  })

  it('merges custom fields into the extension read from the server, keeping unknown keys', async () => {
    const { nim, adapter } = setup()
    await adapter.getMyProfile() // the SDK cache now holds the old extension
    nim.remoteUpdate('me', { serverExtension: '{"team":"core","theme":"light","badge":3}' })
    await adapter.updateMyProfile({ customFields: { team: null, mood: 'ok' } })
    expect(JSON.parse(nim.updates[0]!.serverExtension!)).toEqual({ theme: 'light', badge: 3, mood: 'ok' })
    const me = await adapter.getMyProfile()
    expect(me.customFields).toEqual({ theme: 'light', badge: '3', mood: 'ok' })
    expect(me.customFields).not.toHaveProperty('team')
  })

  it('leaves a non-JSON extension untouched and says why', async () => {
    const { nim, adapter } = setup({
      me: { accountId: 'me', name: 'Ada', serverExtension: 'legacy-flags:7' },
    })
    await expect(adapter.updateMyProfile({ customFields: { team: 'core' } })).rejects.toMatchObject({
      code: 'invalid_argument',
      field: 'customFields',
    })
    expect(nim.updates).toEqual([])
    await adapter.updateMyProfile({ nick: 'standard fields still save' })
    expect(nim.updates).toEqual([{ name: 'standard fields still save' }])
  })

  it('refuses custom fields that would overflow the 1,024-character extension, without writing', async () => {
    const { nim, adapter } = setup({
      me: { accountId: 'me', name: 'Ada', serverExtension: JSON.stringify({ notes: 'n'.repeat(1000) }) },
    })
    await expect(adapter.updateMyProfile({ customFields: { team: 'core-team' } })).rejects.toMatchObject({
      code: 'invalid_argument',
      field: 'customFields',
    })
    expect(nim.updates).toEqual([])
  })

  it('refuses fields NetEase does not store, and makes no call for an empty patch', async () => {
    const { nim, adapter } = setup()
    await expect(adapter.updateMyProfile({ location: 'Paris' })).rejects.toMatchObject({
      code: 'invalid_argument',
      field: 'location',
    })
    await expect(
      adapter.updateMyProfile({ customFields: 'team' as unknown as Record<string, string> }),
    ).rejects.toMatchObject({ code: 'invalid_argument', field: 'customFields' })
    await expect(adapter.updateMyProfile({ customFields: {} })).resolves.toBeUndefined()
    expect(nim.requests).toEqual([])
  })
})

describe('createNimAdapter: live updates', () => {
  it('forwards onUserProfileChanged arrays, including echoes and message senders', async () => {
    const { nim, adapter } = setup()
    const onChange = vi.fn()
    adapter.subscribe!(onChange)
    await adapter.updateMyProfile({ nick: 'Grace' })
    expect(onChange).toHaveBeenLastCalledWith([expect.objectContaining({ userID: 'me', nick: 'Grace' })])
    nim.receiveMessageFrom('u2')
    expect(onChange).toHaveBeenLastCalledWith([expect.objectContaining({ userID: 'u2', nick: 'name of u2' })])
  })

  it('unsubscribes with the same handler references, once', () => {
    const { nim, adapter } = setup()
    const names = ['onUserProfileChanged', 'onLoginStatus', 'onKickedOffline']
    const unsubscribe = adapter.subscribe!(vi.fn(), vi.fn())
    expect(names.map((name) => nim.listenerCount(name))).toEqual([1, 1, 1])
    unsubscribe()
    unsubscribe()
    expect(names.map((name) => nim.listenerCount(name))).toEqual([0, 0, 0])
  })

  it('resets when the login status settles, and once when kicked offline', async () => {
    const { nim, adapter } = setup({ login: false })
    const onReset = vi.fn()
    adapter.subscribe!(vi.fn(), onReset)
    nim.login('me') // LOGINING, then LOGINED
    await Promise.resolve()
    expect(onReset).toHaveBeenCalledTimes(1)
    nim.kickOffline() // onKickedOffline, then LOGOUT
    await Promise.resolve()
    expect(onReset).toHaveBeenCalledTimes(2)
  })
})

describe('createNimAdapter: setup', () => {
  it('refuses something that is not a V2 instance with a clear message', () => {
    expect(() => createNimAdapter({} as NimInstance)).toThrow(/apiVersion: 'v2'/)
  })

  it('declares the NetEase schema with the given custom fields', () => {
    const { nim } = setup()
    const adapter = createNimAdapter(nim, { customFields: [{ key: 'team', type: 'text' }] })
    expect(adapter.schema).toMatchObject({
      maxBatchSize: 150,
      customFields: [{ key: 'team', maxLength: 1024 }],
    })
  })
})
