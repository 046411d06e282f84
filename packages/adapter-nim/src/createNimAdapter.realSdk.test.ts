import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createNimAdapter } from './createNimAdapter'
import type { NimInstance } from './nimTypes'
import { createNimFakeServer, type NimServerUser } from './testing/createNimFakeServer'
import { loadNimSdk, type NimSdk } from './testing/loadNimSdk'

/**
 * The adapter over the REAL `nim-web-sdk-ng` 10.8.1 (V2 API): only `nim.sendCmd` is replaced by a
 * fake server, so the SDK's cache, validation, events and login state machine are its own.
 */
let sdk: NimSdk
beforeAll(async () => {
  sdk = await loadNimSdk()
})
afterAll(() => sdk.restore())

const ME: NimServerUser = {
  accountId: 'me',
  name: 'Ada',
  gender: 2,
  serverExtension: '{"team":"core","theme":"dark"}',
  createTime: 1,
  updateTime: 10,
}
const ids = (count: number) => Array.from({ length: count }, (_, i) => `u${i}`)
const notReady = expect.objectContaining({ name: 'ProfileError', code: 'not_ready', vendorCode: 190002 })

async function setup(
  options: { users?: number; me?: NimServerUser; login?: boolean; syncSelf?: boolean } = {},
) {
  const users = [
    options.me ?? ME,
    ...ids(options.users ?? 3).map((accountId) => ({
      accountId,
      name: `name of ${accountId}`,
      updateTime: 10,
    })),
  ]
  const server = createNimFakeServer(sdk, { users })
  if (options.login !== false) await server.login('me', { syncSelf: options.syncSelf })
  return { server, nim: server.nim, adapter: createNimAdapter(server.nim) }
}

/** What a promise settled with, so a failed read shows in an assertion instead of as an unhandled rejection. */
const outcome = (promise: Promise<unknown>) => promise.catch((error: unknown) => ({ failed: error }))

/** Commands other than the login-time sync the SDK sends by itself. */
const profileCommands = ['v2GetUserList', 'v2UpdateSelfUserProfile']
const writes = (server: { requests: readonly { cmd: string; params: Record<string, unknown> }[] }) =>
  server.requests.filter((r) => r.cmd === 'v2UpdateSelfUserProfile').map((r) => r.params.tag)

describe('createNimAdapter over the real SDK: reads', () => {
  it('reads my profile from what the login synced, without a request', async () => {
    const { server, adapter } = await setup()
    await expect(adapter.getMyProfile()).resolves.toMatchObject({
      userID: 'me',
      nick: 'Ada',
      gender: 'female',
      customFields: { team: 'core', theme: 'dark' },
      updatedAt: 10,
    })
    expect(server.userListRequests()).toEqual([])
  })

  it('reads what NetEase reports for a user with nothing set: no friend-request gate (allowAny)', async () => {
    const { server, adapter } = await setup()
    server.replaceUser({ accountId: 'blank', createTime: 5, updateTime: 6 })
    await expect(adapter.getUserProfiles(['blank'])).resolves.toEqual([
      expect.objectContaining({
        userID: 'blank',
        nick: '',
        gender: 'unknown',
        birthday: '',
        allowType: 'allowAny',
        customFields: {},
        updatedAt: 6,
      }),
    ])
  })

  it('fails with not_ready and the SDK code 190002 before login, keeping the SDK error as cause', async () => {
    const { adapter } = await setup({ login: false })
    await expect(adapter.getMyProfile()).rejects.toEqual(notReady)
    await expect(adapter.getUserProfiles(['u1'])).rejects.toEqual(notReady)
    await expect(adapter.updateMyProfile({ nick: 'x' })).rejects.toEqual(notReady)
    await expect(adapter.updateMyProfile({ customFields: { team: 'x' } })).rejects.toEqual(notReady)
    const error = await adapter.getUserProfiles(['u1']).catch((e: unknown) => e)
    expect(error).toMatchObject({ cause: expect.objectContaining({ name: 'V2NIMError', code: 190002 }) })
  })

  it('omits unknown users and asks for each ID once', async () => {
    const { server, adapter } = await setup()
    const profiles = await adapter.getUserProfiles(['u1', 'nobody', 'u1', 'u2'])
    expect(profiles.map((p) => p.userID)).toEqual(['u1', 'u2'])
    expect(server.userListRequests()).toEqual([['u1', 'nobody', 'u2']])
  })

  it('splits long lists into requests of 150, which the SDK does not do itself', async () => {
    const { server, adapter } = await setup({ users: 400 })
    await expect(adapter.getUserProfiles(ids(400))).resolves.toHaveLength(400)
    expect(server.userListRequests().map((accountIds) => accountIds.length)).toEqual([150, 150, 100])
  })

  it('reads a user from the SDK cache first, and from the server when asked again', async () => {
    const { server, adapter } = await setup()
    await adapter.getUserProfiles(['u1'])
    await server.remoteUpdate('u1', { name: 'renamed elsewhere' }) // strangers are not pushed
    const [again] = await adapter.getUserProfiles(['u1'])
    expect(again?.nick).toBe('renamed elsewhere')
    expect(server.userListRequests()).toEqual([['u1'], ['u1']])
  })

  it("copies the SDK's cached objects into frozen profiles", async () => {
    const { nim, adapter } = await setup()
    const [profile] = await adapter.getUserProfiles(['u1'])
    const [cached] = await nim.V2NIMUserService.getUserList(['u1'])
    cached!.name = 'mutated in the SDK cache'
    expect(profile?.nick).toBe('name of u1')
    expect(Object.isFrozen(profile)).toBe(true)
  })

  it('refuses bad IDs with invalid_argument naming the index, without a request', async () => {
    const { server, adapter } = await setup()
    await expect(adapter.getUserProfiles(['u1', 42 as unknown as string])).rejects.toMatchObject({
      code: 'invalid_argument',
      field: 'userIDs[1]',
    })
    expect(server.userListRequests()).toEqual([])
  })

  it.each([
    [191005, 'network'],
    [192001, 'network'],
    [192006, 'network'],
    [514, 'network'],
    [503, 'network'],
    [416, 'rate_limited'],
    [414, 'invalid_argument'],
  ])('maps a request failing with %i to %s', async (code, kitCode) => {
    const { server, adapter } = await setup()
    server.fail({ cmd: 'v2GetUserList', code })
    await expect(adapter.getUserProfiles(['u1'])).rejects.toMatchObject({
      name: 'ProfileError',
      code: kitCode,
      vendorCode: code,
    })
  })
})

describe('createNimAdapter over the real SDK: saves', () => {
  it('sends mapped standard fields and resolves nothing, so the kit re-reads', async () => {
    const { server, adapter } = await setup()
    await expect(
      adapter.updateMyProfile({ nick: 'Grace', gender: 'male', phone: '123' }),
    ).resolves.toBeUndefined()
    expect(writes(server)).toEqual([{ name: 'Grace', gender: 1, mobile: '123', accountId: 'me' }])
    expect(server.user('me')).toMatchObject({ name: 'Grace', gender: 1, mobile: '123' })
    await expect(adapter.getMyProfile()).resolves.toMatchObject({
      nick: 'Grace',
      gender: 'male',
      phone: '123',
    })
  })

  it('merges custom fields into the extension read from the server, keeping unknown keys', async () => {
    const { server, adapter } = await setup()
    await adapter.getMyProfile() // the SDK cache holds the extension synced at login
    // Another device changed it while this one missed the push.
    await server.remoteUpdate(
      'me',
      { serverExtension: '{"team":"core","theme":"light","badge":3}' },
      { notify: false },
    )
    await adapter.updateMyProfile({ customFields: { team: null, mood: 'ok' } })
    const [written] = writes(server) as Array<{ serverExtension: string }>
    expect(JSON.parse(written!.serverExtension)).toEqual({ theme: 'light', badge: 3, mood: 'ok' })
    const me = await adapter.getMyProfile()
    expect(me.customFields).toEqual({ theme: 'light', badge: '3', mood: 'ok' })
  })

  it('leaves a non-JSON extension untouched and says why; standard fields still save', async () => {
    const { server, adapter } = await setup({
      me: { accountId: 'me', name: 'Ada', serverExtension: 'legacy:7' },
    })
    await expect(adapter.updateMyProfile({ customFields: { team: 'core' } })).rejects.toMatchObject({
      code: 'invalid_argument',
      field: 'customFields',
    })
    expect(writes(server)).toEqual([])
    await adapter.updateMyProfile({ nick: 'standard fields still save' })
    expect(server.user('me')).toMatchObject({
      name: 'standard fields still save',
      serverExtension: 'legacy:7',
    })
  })

  it('refuses custom fields that would overflow the 1,024-character extension, without writing', async () => {
    const { server, adapter } = await setup({
      me: { accountId: 'me', name: 'Ada', serverExtension: JSON.stringify({ notes: 'n'.repeat(1000) }) },
    })
    await expect(adapter.updateMyProfile({ customFields: { team: 'core-team' } })).rejects.toMatchObject({
      code: 'invalid_argument',
      field: 'customFields',
    })
    expect(writes(server)).toEqual([])
  })

  it('refuses fields NetEase does not store, and sends nothing for an empty patch', async () => {
    const { server, adapter } = await setup()
    await expect(adapter.updateMyProfile({ location: 'Paris' })).rejects.toMatchObject({
      code: 'invalid_argument',
      field: 'location',
    })
    await expect(
      adapter.updateMyProfile({ customFields: 'team' as unknown as Record<string, string> }),
    ).rejects.toMatchObject({ code: 'invalid_argument', field: 'customFields' })
    await expect(adapter.updateMyProfile({ customFields: {} })).resolves.toBeUndefined()
    expect(server.requests.filter((r) => profileCommands.includes(r.cmd))).toEqual([])
  })

  it('reports a save the server applied as saved, though my profile was not cached and re-reading it fails', async () => {
    // The SDK's own fetch of my profile at login failed, and the server stays slow afterwards.
    const { server, adapter } = await setup({ syncSelf: false })
    server.fail({
      cmd: 'v2GetUserList',
      code: 191005,
      times: Infinity,
      match: () => writes(server).length > 0,
    })
    await expect(adapter.updateMyProfile({ nick: 'Grace' })).resolves.toBeUndefined()
    expect(server.user('me')?.name).toBe('Grace')
  })

  it('rejects a save the server refused, and nothing changed', async () => {
    const { server, adapter } = await setup({ syncSelf: false })
    server.fail({ cmd: 'v2UpdateSelfUserProfile', code: 414 })
    await expect(adapter.updateMyProfile({ nick: 'Grace' })).rejects.toMatchObject({
      code: 'invalid_argument',
      vendorCode: 414,
    })
    expect(server.user('me')?.name).toBe('Ada')
    await expect(adapter.getMyProfile()).resolves.toMatchObject({ nick: 'Ada' })
  })

  it('rejects a save whose first read failed, before writing anything', async () => {
    const { server, adapter } = await setup({ syncSelf: false })
    server.fail({ cmd: 'v2GetUserList', code: 192001 })
    await expect(adapter.updateMyProfile({ nick: 'Grace' })).rejects.toMatchObject({
      code: 'network',
      vendorCode: 192001,
    })
    expect(writes(server)).toEqual([])
    expect(server.user('me')?.name).toBe('Ada')
  })

  it('reports a save whose answer was lost after the server applied it as saved', async () => {
    const { server, adapter } = await setup()
    server.fail({ cmd: 'v2UpdateSelfUserProfile', code: 191005, afterApplying: true })
    await expect(adapter.updateMyProfile({ nick: 'Grace', gender: 'male' })).resolves.toBeUndefined()
    expect(server.user('me')).toMatchObject({ name: 'Grace', gender: 1 })
  })

  it('rejects a save whose answer was lost when the server did not apply it', async () => {
    const { server, adapter } = await setup()
    server.fail({ cmd: 'v2UpdateSelfUserProfile', code: 191005 })
    await expect(adapter.updateMyProfile({ nick: 'Grace' })).rejects.toMatchObject({
      code: 'network',
      vendorCode: 191005,
    })
    expect(server.user('me')?.name).toBe('Ada')
  })
})

describe('createNimAdapter over the real SDK: live updates', () => {
  it('forwards my own saves, my other devices and message senders', async () => {
    const { server, adapter } = await setup()
    const onChange = vi.fn()
    adapter.subscribe!(onChange)
    await adapter.updateMyProfile({ nick: 'Grace' })
    expect(onChange).toHaveBeenLastCalledWith([expect.objectContaining({ userID: 'me', nick: 'Grace' })])
    await server.remoteUpdate('me', { sign: 'from my phone' })
    expect(onChange).toHaveBeenLastCalledWith([
      expect.objectContaining({ userID: 'me', nick: 'Grace', selfSignature: 'from my phone' }),
    ])
    await server.remoteUpdate('u2', { name: 'renamed' })
    await server.receiveMessageFrom('u2')
    expect(onChange).toHaveBeenLastCalledWith([expect.objectContaining({ userID: 'u2', nick: 'renamed' })])
  })

  it('unsubscribes with the same handler references, once', async () => {
    const { nim, adapter } = await setup()
    type Counting = { listenerCount(name: string): number }
    const count = () => [
      (nim.V2NIMUserService as unknown as Counting).listenerCount('onUserProfileChanged'),
      (nim.V2NIMLoginService as unknown as Counting).listenerCount('onLoginStatus'),
      (nim.V2NIMLoginService as unknown as Counting).listenerCount('onKickedOffline'),
    ]
    const before = count()
    const unsubscribe = adapter.subscribe!(vi.fn(), vi.fn())
    expect(count()).toEqual(before.map((n) => n + 1))
    unsubscribe()
    unsubscribe()
    expect(count()).toEqual(before)
  })
})

describe('createNimAdapter over the real SDK: sessions', () => {
  it('resets once when logged in, when the session is usable', async () => {
    const { server, adapter } = await setup({ login: false })
    const reads: Array<Promise<unknown>> = []
    const onReset = vi.fn(() => void reads.push(outcome(adapter.getMyProfile())))
    adapter.subscribe!(vi.fn(), onReset)
    await server.login('me')
    expect(onReset).toHaveBeenCalledTimes(1)
    await expect(Promise.all(reads)).resolves.toEqual([expect.objectContaining({ userID: 'me' })])
  })

  it('resets once for one dropped connection (3, 2, 3, 2, 1), after it is usable again', async () => {
    const { server, nim, adapter } = await setup()
    const statuses: number[] = []
    nim.V2NIMLoginService.on('onLoginStatus', (status) => void statuses.push(status))
    const reads: Array<Promise<unknown>> = []
    const onReset = vi.fn(() => void reads.push(outcome(adapter.getMyProfile())))
    adapter.subscribe!(vi.fn(), onReset)
    await server.dropConnection({ failedAttempts: 1 })
    expect(statuses).toEqual([3, 2, 3, 2, 1])
    expect(onReset).toHaveBeenCalledTimes(1)
    await expect(Promise.all(reads)).resolves.toEqual([expect.objectContaining({ userID: 'me' })])
  })

  it('resets once when kicked offline, and once when logged out', async () => {
    const { server, adapter } = await setup()
    const onReset = vi.fn()
    adapter.subscribe!(vi.fn(), onReset)
    await server.kickOffline() // LOGOUT, then onKickedOffline
    expect(onReset).toHaveBeenCalledTimes(1)
    await expect(adapter.getMyProfile()).rejects.toEqual(notReady)
    await server.login('me')
    expect(onReset).toHaveBeenCalledTimes(2)
    await server.logout()
    expect(onReset).toHaveBeenCalledTimes(3)
  })
  it('switches accounts on one instance: a reset at logout, one at the new login, then the new account reads', async () => {
    const { server, adapter } = await setup()
    const reads: Array<Promise<unknown>> = []
    const onReset = vi.fn(() => void reads.push(outcome(adapter.getMyProfile())))
    adapter.subscribe!(vi.fn(), onReset)
    await server.logout()
    await server.login('u1')
    expect(onReset).toHaveBeenCalledTimes(2)
    await expect(Promise.all(reads)).resolves.toEqual([
      { failed: notReady },
      expect.objectContaining({ userID: 'u1', nick: 'name of u1' }),
    ])
  })
})

describe('createNimAdapter: setup', () => {
  it('refuses something that is not a V2 instance with a clear message', () => {
    expect(() => createNimAdapter({} as NimInstance)).toThrow(/apiVersion: 'v2'/)
  })

  it('declares the NetEase schema with the given custom fields', async () => {
    const { nim } = await setup({ login: false })
    const adapter = createNimAdapter(nim, { customFields: [{ key: 'team', type: 'text' }] })
    expect(adapter.schema).toMatchObject({
      maxBatchSize: 150,
      customFields: [{ key: 'team', maxLength: 1024 }],
    })
  })
})
