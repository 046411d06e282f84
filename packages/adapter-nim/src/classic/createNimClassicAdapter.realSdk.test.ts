import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ProfileAdapter, ProfileChange } from '@profile-kit/core/vanilla'
import { createNimClassicAdapter } from './createNimClassicAdapter'
import { createNimClassicEvents } from './createNimClassicEvents'
import {
  startNimClassicOnFakeWire,
  type FakeNimClassicServer,
  type ServerCard,
} from './testing/startNimClassicOnFakeWire'
import { toNimClassicProfileError } from './toNimClassicProfileError'
import type { NIM } from '@yxim/nim-web-sdk'

/** Behaviour over the REAL `@yxim/nim-web-sdk` code; only its socket is fake. */
const USERS: ServerCard[] = [
  { account: 'me', nick: 'Me', sign: 'hello', custom: '{"theme":"dark","score":7}' },
  { account: 'ada', nick: 'Ada', gender: 'female', birth: '1815-12-10' },
]
const GET_USERS = '3_7'

let running: { destroy(): Promise<void> } | undefined
afterEach(async () => {
  await running?.destroy()
  running = undefined
  vi.useRealTimers()
})

async function start(users: ServerCard[] = USERS): Promise<{
  nim: NIM
  server: FakeNimClassicServer
  adapter: ProfileAdapter
  events: ReturnType<typeof createNimClassicEvents>
}> {
  const events = createNimClassicEvents()
  const started = await startNimClassicOnFakeWire({ account: 'me', users, callbacks: events.callbacks })
  running = started
  return { ...started, adapter: createNimClassicAdapter(started.nim, { events }), events }
}

function until(condition: () => boolean, ms = 5000): Promise<void> {
  return vi.waitFor(() => expect(condition()).toBe(true), { timeout: ms, interval: 10 })
}

describe('reads', () => {
  it('reads 400 IDs from the server in 3 getUsers requests of at most 150 accounts', async () => {
    const many = Array.from({ length: 400 }, (_, i) => ({ account: `u${i}`, nick: `User ${i}` }))
    const { adapter, server } = await start([...USERS, ...many])
    server.requests.length = 0
    const profiles = await adapter.getUserProfiles([...many.map((u) => u.account), 'nobody'])
    const sizes = server.requests
      .filter((r) => r.command === GET_USERS)
      .map((r) => (r.args[0] as string[]).length)
    expect(sizes).toEqual([150, 150, 101])
    expect(profiles).toHaveLength(400)
    expect(profiles.find((p) => p.userID === 'u399')?.nick).toBe('User 399')
  })

  it('maps a card to the kit profile, and reads the server, not the SDK cache', async () => {
    const { adapter, server } = await start()
    server.editUser('ada', { nick: 'Countess' })
    const [ada] = await adapter.getUserProfiles(['ada'])
    expect(ada).toMatchObject({ userID: 'ada', nick: 'Countess', gender: 'female', birthday: '1815-12-10' })
    const me = await adapter.getMyProfile()
    expect(me).toMatchObject({
      userID: 'me',
      nick: 'Me',
      selfSignature: 'hello',
      customFields: { theme: 'dark', score: '7' },
    })
  })

  it('fails the whole read when one chunk fails, never reporting its users as not found', async () => {
    const many = Array.from({ length: 200 }, (_, i) => ({ account: `u${i}` }))
    const { adapter, server } = await start([...USERS, ...many])
    server.failNext('getUsers', 503)
    await expect(adapter.getUserProfiles(many.map((u) => u.account))).rejects.toMatchObject({
      name: 'ProfileError',
      code: 'network',
      retryable: true,
      vendorCode: 503,
    })
  })
})

describe('errors from done(err) and synchronous throws', () => {
  it.each([
    [414, 'invalid_argument', false],
    [416, 'rate_limited', true],
    [403, 'permission_denied', false],
    [404, 'not_found', false],
    [500, 'unknown', false],
    [503, 'network', true],
  ] as const)('server code %i becomes %s', async (code, kitCode, retryable) => {
    const { adapter, server } = await start()
    server.failNext('getUsers', code)
    await expect(adapter.getUserProfiles(['ada'])).rejects.toMatchObject({
      code: kitCode,
      retryable,
      vendorCode: code,
    })
  })

  it('a call while the link is down is not_ready, with the SDK string code kept', async () => {
    const { adapter, server } = await start()
    server.failConnects(100)
    server.dropConnection()
    await expect(adapter.getUserProfiles(['ada'])).rejects.toMatchObject({
      code: 'not_ready',
      vendorCode: 'Error_Connection_Socket_State_not_Match',
    })
  })

  it("maps the SDK's own synchronous parameter throw to invalid_argument", async () => {
    const { nim } = await start()
    let thrown: unknown
    try {
      nim.getUsers({ accounts: 'ada' as unknown as string[], sync: true })
    } catch (error) {
      thrown = error
    }
    expect(thrown).toMatchObject({ callFunc: 'user::getUsers' })
    expect(toNimClassicProfileError(thrown, 'getUsers')).toMatchObject({
      code: 'invalid_argument',
      cause: thrown,
    })
  })

  it('a failed save reports the failure and changes nothing', async () => {
    const { adapter, server } = await start()
    server.failNext('updateMyInfo', 416)
    await expect(adapter.updateMyProfile({ nick: 'New' })).rejects.toMatchObject({ code: 'rate_limited' })
    expect(server.users.get('me')?.nick).toBe('Me')
  })

  it('a save the server applied, whose answer was lost, is reported saved, not failed', async () => {
    const { adapter, server } = await start()
    server.failNext('updateMyInfo', 408, 1, { applied: true })
    await expect(adapter.updateMyProfile({ nick: 'New', selfSignature: 'hi' })).resolves.toBeUndefined()
    expect(server.users.get('me')).toMatchObject({ nick: 'New', sign: 'hi' })
  })

  it('a save whose answer was lost and that the server did not apply is reported failed', async () => {
    const { adapter, server } = await start()
    server.failNext('updateMyInfo', 408)
    await expect(adapter.updateMyProfile({ nick: 'New' })).rejects.toMatchObject({ code: 'network' })
    expect(server.users.get('me')?.nick).toBe('Me')
  })
})

describe('writes', () => {
  it('saves the standard fields with updateMyInfo', async () => {
    const { adapter, server } = await start()
    await adapter.updateMyProfile({
      nick: 'Ada L.',
      gender: 'female',
      selfSignature: 'numbers',
      birthday: '1990-01-02',
      email: 'a@b.c',
      phone: '123',
    })
    expect(server.users.get('me')).toMatchObject({
      nick: 'Ada L.',
      gender: 'female',
      sign: 'numbers',
      birth: '1990-01-02',
      email: 'a@b.c',
      tel: '123',
    })
  })

  it('merges custom fields into the stored custom JSON, keeping keys it does not know', async () => {
    const { adapter, server } = await start()
    server.editUser('me', { custom: '{"theme":"dark","score":7,"other":{"x":1}}' })
    await adapter.updateMyProfile({ customFields: { team: 'core', theme: null } })
    expect(JSON.parse(server.users.get('me')?.custom ?? '')).toEqual({
      score: 7,
      other: { x: 1 },
      team: 'core',
    })
  })

  it('refuses to overwrite a custom value that is not a JSON object', async () => {
    const { adapter, server } = await start()
    server.editUser('me', { custom: 'vip' })
    await expect(adapter.updateMyProfile({ customFields: { team: 'core' } })).rejects.toMatchObject({
      code: 'invalid_argument',
      field: 'customFields',
    })
    expect(server.users.get('me')?.custom).toBe('vip')
  })
})

describe('events', () => {
  function record(adapter: ProfileAdapter) {
    const changes: ProfileChange[] = []
    let resets = 0
    const stop = adapter.subscribe!(
      (batch) => changes.push(...batch),
      () => resets++,
    )
    return { changes, resets: () => resets, stop }
  }

  it("turns onupdateuser (another user's message) into a change carrying only the card's fields", async () => {
    const { adapter, server } = await start()
    const seen = record(adapter)
    server.editUser('ada', { nick: 'Countess' })
    server.sendMessageFrom('ada')
    await until(() => seen.changes.length > 0)
    expect(seen.changes[0]).toMatchObject({ userID: 'ada', nick: 'Countess', gender: 'female' })
    // Ada never set a signature: the change does not blank it.
    expect(seen.changes[0]).not.toHaveProperty('selfSignature')
  })

  it('turns onupdatemyinfo (my other device) into a change for me', async () => {
    const { adapter, server } = await start()
    const seen = record(adapter)
    server.pushMyInfoUpdate({ sign: 'from my phone' })
    await until(() => seen.changes.some((c) => c.selfSignature === 'from my phone'))
    expect(seen.changes.at(-1)).toMatchObject({ userID: 'me', selfSignature: 'from my phone' })
  })

  it('resets once for a dropped connection, after the new session has synced, not on each retry', async () => {
    // Fake from the start, so every timer the SDK sets is one the test can run; time also passes
    // on its own, so the SDK's login and reconnects work as usual.
    vi.useFakeTimers({ shouldAdvanceTime: true })
    let retries = 0
    const events = createNimClassicEvents({ onwillreconnect: () => retries++ })
    const started = await startNimClassicOnFakeWire({
      account: 'me',
      users: USERS,
      callbacks: events.callbacks,
    })
    running = started
    const seen = record(createNimClassicAdapter(started.nim, { events }))
    started.server.failConnects(1)
    started.server.dropConnection()
    await until(() => retries === 2 && seen.resets() > 0)
    await vi.advanceTimersByTimeAsync(50)
    expect(seen.resets()).toBe(1)
    // The session is usable when onReset fires.
    await expect(createNimClassicAdapter(started.nim).getMyProfile()).resolves.toMatchObject({ nick: 'Me' })
  }, 10_000)

  it('resets once when kicked off, and the app still gets its own callbacks', async () => {
    const disconnects: unknown[] = []
    const events = createNimClassicEvents({ ondisconnect: (why) => disconnects.push(why) })
    const started = await startNimClassicOnFakeWire({
      account: 'me',
      users: USERS,
      callbacks: events.callbacks,
    })
    running = started
    const seen = record(createNimClassicAdapter(started.nim, { events }))
    started.server.kick()
    await until(() => seen.resets() > 0)
    expect(seen.resets()).toBe(1)
    expect(disconnects).toEqual([expect.objectContaining({ code: 'kicked' })])
  })

  it('stops delivering after unsubscribe', async () => {
    // Fake from the start, so every timer the SDK sets is one the test can run; time also passes
    // on its own, so the SDK's login and reconnects work as usual.
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const { adapter, server } = await start()
    const seen = record(adapter)
    seen.stop()
    server.pushMyInfoUpdate({ nick: 'Later' })
    await adapter.updateMyProfile({ nick: 'Mine' })
    server.kick()
    await vi.advanceTimersByTimeAsync(50)
    expect(seen.changes).toEqual([])
    expect(seen.resets()).toBe(0)
  })
})
