import { describe, expect, it, vi } from 'vitest'
import { createTencentChatAdapter } from './createTencentChatAdapter'
import type { TencentChat } from './tencentTypes'
import { createTencentChatDouble, type TencentProfileSeed } from './testing/createTencentChatDouble'

const ME: TencentProfileSeed = {
  userID: 'me',
  nick: 'Ada',
  gender: 'Gender_Type_Female' as TencentProfileSeed['gender'],
  profileCustomField: [{ key: 'Tag_Profile_Custom_team', value: 'core' }],
}
const ids = (count: number, from = 0) => Array.from({ length: count }, (_, i) => `u${from + i}`)

function setup(
  options: { users?: number; friends?: string[]; customFieldKeys?: string[]; login?: boolean } = {},
) {
  const users = [ME, ...ids(options.users ?? 3).map((userID) => ({ userID, nick: `nick of ${userID}` }))]
  const { friends = [], customFieldKeys } = options
  const chat = createTencentChatDouble({ users, friends, ...(customFieldKeys ? { customFieldKeys } : {}) })
  if (options.login !== false) chat.login('me')
  return { chat, adapter: createTencentChatAdapter(chat) }
}

describe('createTencentChatAdapter: reads', () => {
  it('reads my profile in the kit model', async () => {
    const { adapter } = setup()
    await expect(adapter.getMyProfile()).resolves.toMatchObject({
      userID: 'me',
      nick: 'Ada',
      gender: 'female',
      customFields: { team: 'core' },
    })
  })

  it('fails with not_ready and the SDK code 2024 before SDK_READY', async () => {
    const { adapter } = setup({ login: false })
    const notReady = expect.objectContaining({ name: 'ProfileError', code: 'not_ready', vendorCode: 2024 })
    await expect(adapter.getMyProfile()).rejects.toEqual(notReady)
    await expect(adapter.getUserProfiles(['u1'])).rejects.toEqual(notReady)
    await expect(adapter.updateMyProfile({ nick: 'x' })).rejects.toEqual(notReady)
  })

  it('answers found users in any order and omits unknown ones', async () => {
    const { adapter } = setup()
    await adapter.getUserProfiles(['u2']) // cached: the SDK now answers it after fetched users
    const profiles = await adapter.getUserProfiles(['u2', 'nobody', 'u0'])
    expect(profiles.map((p) => p.userID).sort()).toEqual(['u0', 'u2'])
  })

  it('asks nothing for an empty list and sends each ID once', async () => {
    const { chat, adapter } = setup()
    await expect(adapter.getUserProfiles([])).resolves.toEqual([])
    await adapter.getUserProfiles(['u1', 'u1', 'u2'])
    const userRequests = chat.requests.filter((r) => r.method === 'getUserProfile')
    expect(userRequests.map((r) => r.userIDs)).toEqual([['u1', 'u2']])
  })

  it('refuses bad IDs with invalid_argument naming the index, without an SDK call', async () => {
    const { chat, adapter } = setup()
    await expect(adapter.getUserProfiles(['u1', ' ' as string])).rejects.toMatchObject({
      code: 'invalid_argument',
      field: 'userIDs[1]',
    })
    expect(chat.requests.filter((r) => r.method === 'getUserProfile')).toEqual([])
  })

  it('copies the SDK cached objects: later SDK mutations do not leak into profiles', async () => {
    const { chat, adapter } = setup()
    const raw = await chat.getUserProfile({ userIDList: ['u1'] })
    const [profile] = await adapter.getUserProfiles(['u1'])
    raw.data[0].nick = 'mutated in the SDK cache'
    expect(profile?.nick).toBe('nick of u1')
    expect(Object.isFrozen(profile)).toBe(true)
  })
})

describe('createTencentChatAdapter: updates', () => {
  it('makes no update call for a patch with nothing to send', async () => {
    const { chat, adapter } = setup()
    await expect(adapter.updateMyProfile({ customFields: {} })).resolves.toMatchObject({ userID: 'me' })
    expect(chat.updates).toEqual([])
  })

  it('refuses fields Tencent does not store before calling the SDK', async () => {
    const { chat, adapter } = setup()
    await expect(adapter.updateMyProfile({ email: 'a@b.c' })).rejects.toMatchObject({
      code: 'invalid_argument',
      field: 'email',
    })
    expect(chat.updates).toEqual([])
  })

  it('turns an answer without data into a ProfileError instead of a crash', async () => {
    const double = createTencentChatDouble({ users: [ME] })
    const chat: TencentChat = { ...double, getMyProfile: async () => undefined }
    await expect(createTencentChatAdapter(chat).getMyProfile()).rejects.toMatchObject({ code: 'unknown' })
  })
})

describe('createTencentChatAdapter: live updates', () => {
  it('forwards PROFILE_UPDATED events for me and friends as kit profiles', async () => {
    const { chat, adapter } = setup({ friends: ['u1'] })
    const onChange = vi.fn()
    adapter.subscribe!(onChange)
    chat.remoteUpdate('u1', { nick: 'renamed', gender: 'Gender_Type_Male' as TencentProfileSeed['gender'] })
    chat.remoteUpdate('u2', { nick: 'a stranger: never pushed' })
    expect(onChange).toHaveBeenCalledWith([
      expect.objectContaining({ userID: 'u1', nick: 'renamed', gender: 'male' }),
    ])
    await adapter.updateMyProfile({ nick: 'Me again' })
    expect(onChange).toHaveBeenLastCalledWith([expect.objectContaining({ userID: 'me', nick: 'Me again' })])
  })

  it('unsubscribes with the same handler references, once', () => {
    const { chat, adapter } = setup()
    const names = ['onProfileUpdated', 'sdkStateReady', 'sdkStateNotReady', 'kickedOut']
    const unsubscribe = adapter.subscribe!(vi.fn(), vi.fn())
    expect(names.map((name) => chat.listenerCount(name))).toEqual([1, 1, 1, 1])
    unsubscribe()
    unsubscribe()
    expect(names.map((name) => chat.listenerCount(name))).toEqual([0, 0, 0, 0])
  })

  it('resets on SDK_READY, on logout and once when kicked out', async () => {
    const { chat, adapter } = setup({ login: false })
    const onReset = vi.fn()
    adapter.subscribe!(vi.fn(), onReset)
    chat.login('me')
    await Promise.resolve()
    expect(onReset).toHaveBeenCalledTimes(1)
    chat.kickOut() // KICKED_OUT, then SDK_NOT_READY: one reset
    await Promise.resolve()
    expect(onReset).toHaveBeenCalledTimes(2)
    chat.login('me')
    chat.logout()
    await Promise.resolve()
    expect(onReset).toHaveBeenCalledTimes(3)
  })

  it('does not reset after unsubscribing, even for an event already queued', async () => {
    const { chat, adapter } = setup({ login: false })
    const onReset = vi.fn()
    const unsubscribe = adapter.subscribe!(vi.fn(), onReset)
    chat.login('me')
    unsubscribe()
    await Promise.resolve()
    expect(onReset).not.toHaveBeenCalled()
  })
})

describe('createTencentChatAdapter: setup', () => {
  it('refuses something that is not a chat instance with a clear message', () => {
    expect(() => createTencentChatAdapter(null as unknown as TencentChat)).toThrow(/TencentCloudChat\.create/)
  })

  it('declares the Tencent schema with the given custom fields', () => {
    const { chat } = setup()
    const adapter = createTencentChatAdapter(chat, { customFields: [{ key: 'team', type: 'text' }] })
    expect(adapter.schema).toMatchObject({
      maxBatchSize: 100,
      customFields: [{ key: 'team', maxBytes: 500 }],
    })
  })
})
