import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ProfileChange } from '@profile-kit/core/vanilla'
import { createTencentChatAdapter } from './createTencentChatAdapter'
import { TENCENT_PROFILE_TAGS } from './testing/createTencentFakeServer'
import { createTencentChatDouble } from './testing/createTencentChatDouble'
import {
  startTencentAdapterOverRealSdk,
  type AdapterOverRealSdk,
  type AdapterOverRealSdkOptions,
} from './testing/startTencentAdapterOverRealSdk'

// Behaviour of the adapter over the REAL @tencentcloud/chat 3.6.6: only the wire is stubbed, so the
// SDK's own caching, batching, partial answers and pushes decide what the adapter sees.

const USERS: AdapterOverRealSdkOptions['users'] = [
  { userID: 'me', nick: 'Me', selfSignature: 'My status' },
  { userID: 'ada', nick: 'Ada', selfSignature: 'Counting' },
  { userID: 'grace', nick: 'Grace' },
]
let running: AdapterOverRealSdk | undefined

async function start(options: Partial<AdapterOverRealSdkOptions> = {}): Promise<AdapterOverRealSdk> {
  running = await startTencentAdapterOverRealSdk({ users: USERS, friends: ['ada'], ...options })
  return running
}

afterEach(async () => {
  await running?.dispose()
  running = undefined
  vi.useRealTimers()
})

const profileError = (code: string, vendorCode: number, more: { retryable?: boolean } = {}) =>
  expect.objectContaining({ name: 'ProfileError', code, vendorCode, ...more })

describe('reads and saves', () => {
  it('asks the server for at most 100 IDs per request, so the SDK drops none past 1,000', async () => {
    const many = Array.from({ length: 1050 }, (_, i) => ({ userID: `u${i}`, nick: `nick of u${i}` }))
    const { adapter, server } = await start({ users: [...USERS, ...many] })
    const before = server.requests.length
    const profiles = await adapter.getUserProfiles(many.map((user) => user.userID))
    expect(profiles).toHaveLength(1050)
    expect(server.requests.slice(before).map((request) => request.userIDs.length)).toEqual([
      ...Array<number>(10).fill(100),
      50,
    ])
  })

  it('saves only the keys given, mapped to Tencent tags, and answers with the saved profile', async () => {
    const { adapter, server } = await start()
    const patch = { nick: 'Grace', avatar: undefined, birthday: '1990-01-02', gender: 'male' } as const
    const saved = await adapter.updateMyProfile(patch)
    expect(server.stored('me')).toMatchObject({
      Tag_Profile_IM_Nick: 'Grace',
      Tag_Profile_IM_BirthDay: 19900102,
      Tag_Profile_IM_Gender: 'Gender_Type_Male',
    })
    expect(server.stored('me')).not.toHaveProperty('Tag_Profile_IM_Image')
    expect(saved).toMatchObject({ userID: 'me', nick: 'Grace', birthday: '1990-01-02', gender: 'male' })
  })

  it("removes a custom field by storing '' (Tencent cannot delete one), which reads back as absent", async () => {
    const { adapter, server } = await start({
      users: [{ userID: 'me', profileCustomField: [{ key: 'Tag_Profile_Custom_team', value: 'core' }] }],
    })
    await expect(adapter.getMyProfile()).resolves.toMatchObject({ customFields: { team: 'core' } })
    await adapter.updateMyProfile({ customFields: { team: null } })
    expect(server.stored('me')).toMatchObject({ Tag_Profile_Custom_team: '' })
    expect((await adapter.getMyProfile()).customFields).not.toHaveProperty('team')
  })

  it('maps server refusals: unconfigured custom field 40009, over 500 bytes 40601', async () => {
    const { adapter } = await start({ customFieldKeys: ['team'] })
    await expect(adapter.updateMyProfile({ customFields: { mood: 'ok' } })).rejects.toEqual(
      profileError('invalid_argument', 40009),
    )
    await expect(adapter.updateMyProfile({ selfSignature: '字'.repeat(200) })).rejects.toEqual(
      profileError('invalid_argument', 40601),
    )
  })
})

describe('a batch that fails in part', () => {
  it("rejects when a stranger's request fails while a friend is a cache hit, instead of leaving the stranger out", async () => {
    const { adapter, server } = await start()
    server.failUsers(['grace'], 2801)
    await expect(adapter.getUserProfiles(['ada', 'grace'])).rejects.toEqual(profileError('network', 2801))
  })

  it('still leaves out users the server does not know, at the cost of one confirming request', async () => {
    const { adapter, server } = await start()
    const before = server.requests.length
    const profiles = await adapter.getUserProfiles(['ada', 'grace', 'nobody'])
    expect(profiles.map((p) => p.userID).sort()).toEqual(['ada', 'grace'])
    // ada is a cache hit; grace and nobody go in one request; nobody alone is asked once more.
    expect(server.requests.slice(before)).toEqual([
      { P: 'portrait_get_all', userIDs: ['grace', 'nobody'] },
      { P: 'portrait_get_all', userIDs: ['nobody'] },
    ])
  })

  it('sends no extra request when every user comes back', async () => {
    const { adapter, server } = await start()
    const before = server.requests.length
    await adapter.getUserProfiles(['ada', 'grace'])
    expect(server.requests.slice(before)).toEqual([{ P: 'portrait_get_all', userIDs: ['grace'] }])
  })
})

describe('saving before the SDK has my profile cached', () => {
  it('reports the save the server applied, and my profile still loads with every field', async () => {
    const { adapter, server } = await start({ unansweredAtLogin: ['me'] })
    const saved = await adapter.updateMyProfile({ nick: 'Renamed' })
    expect(server.stored('me')).toMatchObject({ [TENCENT_PROFILE_TAGS.nick!]: 'Renamed' })
    expect(saved).toMatchObject({ userID: 'me', nick: 'Renamed', selfSignature: 'My status' })
    await expect(adapter.getMyProfile()).resolves.toMatchObject({
      userID: 'me',
      nick: 'Renamed',
      selfSignature: 'My status',
    })
  })

  it("explains, instead of a generic error, when the app's own save left the SDK a profile without userID", async () => {
    const { adapter, chat } = await start({ unansweredAtLogin: ['me'] })
    await chat.updateMyProfile({ nick: 'Renamed' })
    await expect(adapter.getMyProfile()).rejects.toThrow(/built from an updateMyProfile call/)
  })

  it('rejects without writing anything when my profile cannot be read first', async () => {
    const { adapter, server } = await start({ unansweredAtLogin: ['me'] })
    server.failUsers(['me'], 2801)
    await expect(adapter.updateMyProfile({ nick: 'Renamed' })).rejects.toEqual(profileError('network', 2801))
    expect(server.requests.some((request) => request.P === 'portrait_set')).toBe(false)
    expect(server.stored('me')).toMatchObject({ [TENCENT_PROFILE_TAGS.nick!]: 'Me' })
  })
})

describe('a push for a friend', () => {
  function collectChanges(running: AdapterOverRealSdk): ProfileChange[] {
    const changes: ProfileChange[] = []
    running.adapter.subscribe!((batch) => changes.push(...batch))
    return changes
  }

  it('never blanks fields the push did not carry when the SDK had not cached the friend in full', async () => {
    const sdk = await start({ unansweredAtLogin: ['ada'] })
    const changes = collectChanges(sdk)
    sdk.server.changeElsewhere('ada', [{ tag: TENCENT_PROFILE_TAGS.selfSignature!, value: 'Weaving' }])
    await expect.poll(() => changes.length).toBe(1)
    expect(changes[0]).toMatchObject({ userID: 'ada', selfSignature: 'Weaving' })
    expect(changes[0]).not.toHaveProperty('nick')
  })

  it('forwards the whole profile when the adapter read the friend before', async () => {
    const sdk = await start()
    await sdk.adapter.getUserProfiles(['ada'])
    const changes = collectChanges(sdk)
    sdk.server.changeElsewhere('ada', [{ tag: TENCENT_PROFILE_TAGS.selfSignature!, value: 'Weaving' }])
    await expect.poll(() => changes.length).toBe(1)
    expect(changes[0]).toMatchObject({ userID: 'ada', nick: 'Ada', selfSignature: 'Weaving' })
  })
})

describe('a friend added during the session', () => {
  it('keeps fields the push did not carry in events and in later reads', async () => {
    const sdk = await start()
    await expect(sdk.adapter.getUserProfiles(['grace'])).resolves.toMatchObject([{ nick: 'Grace' }])
    sdk.server.addFriend('grace')
    const changes: ProfileChange[] = []
    sdk.adapter.subscribe!((batch) => changes.push(...batch))
    sdk.server.changeElsewhere('grace', [{ tag: TENCENT_PROFILE_TAGS.selfSignature!, value: 'Debugging' }])
    await expect.poll(() => changes.length).toBe(1)
    expect(changes[0]).not.toHaveProperty('nick')
    // The SDK now serves its profile built from the push alone (nick ''); the adapter keeps the name.
    await expect(sdk.adapter.getUserProfiles(['grace'])).resolves.toMatchObject([
      { userID: 'grace', nick: 'Grace', selfSignature: 'Debugging' },
    ])
  })
})

describe('defaults are what the backend reports', () => {
  it('reads an unset allowType as allowAny, and the double agrees with the real SDK', async () => {
    const { adapter } = await start()
    const [real] = await adapter.getUserProfiles(['grace'])
    const double = createTencentChatDouble({ users: [{ userID: 'me' }, { userID: 'grace', nick: 'Grace' }] })
    double.login('me')
    const [doubled] = await createTencentChatAdapter(double).getUserProfiles(['grace'])
    expect(real?.allowType).toBe('allowAny')
    expect(doubled?.allowType).toBe(real?.allowType)
  })
})

describe('vendor codes without a listed meaning', () => {
  it('treats 60022 (service overload) as rate_limited, retried later', async () => {
    const { adapter, server } = await start()
    server.failUsers(['grace'], 60022)
    await expect(adapter.getUserProfiles(['grace'])).rejects.toEqual(
      profileError('rate_limited', 60022, { retryable: true }),
    )
  })

  it('treats 2903 (uncaught error inside the SDK) as unknown, not retried', async () => {
    const { adapter, server } = await start()
    server.failUsers(['grace'], 2903)
    await expect(adapter.getUserProfiles(['grace'])).rejects.toEqual(
      profileError('unknown', 2903, { retryable: false }),
    )
  })
})

describe('session changes', () => {
  it('resets once on logout (calls then fail with 3005, logged out) and once when ready again', async () => {
    const sdk = await start()
    let resets = 0
    sdk.adapter.subscribe!(
      () => undefined,
      () => void resets++,
    )
    await sdk.chat.logout()
    await expect.poll(() => resets).toBe(1)
    await expect(sdk.adapter.getMyProfile()).rejects.toEqual(profileError('not_ready', 3005))
    await sdk.chat.login({ userID: 'me', userSig: 'fake-user-sig' })
    await expect.poll(() => resets).toBe(2)
    await expect(sdk.adapter.getMyProfile()).resolves.toMatchObject({ userID: 'me', nick: 'Me' })
  })

  it('resets once when kicked out by a login elsewhere; calls then fail with 3003', async () => {
    // Fake from the start, so every timer the SDK sets is one the test can run; time also passes
    // on its own, so the SDK's startup and expect.poll work as usual.
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const sdk = await start()
    let resets = 0
    sdk.adapter.subscribe!(
      () => undefined,
      () => void resets++,
    )
    sdk.server.kickOut()
    await expect.poll(() => sdk.chat.isReady()).toBe(false)
    await expect(sdk.adapter.getUserProfiles(['ada'])).rejects.toEqual(profileError('not_ready', 3003))
    await vi.advanceTimersByTimeAsync(100)
    expect(resets).toBe(1)
  })
})
