import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PresenceChange } from '@profile-kit/core/vanilla'
import { createNimAdapter, type NimAdapterOptions } from '../createNimAdapter'
import { createNimDouble } from '../testing/createNimDouble'
import { createNimFakeServer, type NimFakeServer } from '../testing/createNimFakeServer'
import { loadNimSdk, type NimSdk } from '../testing/loadNimSdk'

// Presence over the REAL nim-web-sdk-ng 10.8.1: only `nim.sendCmd` is a fake server, so the SDK's
// own validation, wire mapping and notification dispatch decide what the adapter sees.

let sdk: NimSdk
beforeAll(async () => {
  sdk = await loadNimSdk()
})
afterAll(() => sdk.restore())

const WEB = 16
const ANDROID = 1

async function setup(options: NimAdapterOptions & { login?: boolean } = {}) {
  let clock = 1_700_000_000_000
  const users = ['me', 'ada', 'grace', ...Array.from({ length: 120 }, (_, i) => `u${i}`)]
  const server = createNimFakeServer(sdk, {
    users: users.map((accountId) => ({ accountId })),
    now: () => clock,
  })
  if (options.login !== false) await server.login('me')
  const presence = createNimAdapter(server.nim, options).presence
  if (!presence) throw new Error('the adapter over the real SDK has no presence')
  const changes: PresenceChange[][] = []
  const stop = presence.onChange((batch) => changes.push(batch))
  const tick = (ms: number) => void (clock += ms)
  return { server, presence, changes, stop, tick, now: () => clock }
}

/** Lets the server's notification after an answer reach the SDK and its listeners. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 5))
const subscribeCalls = (server: NimFakeServer) =>
  server.requests.filter((r) => r.cmd === 'v2SubscribeUserStatus').map((r) => r.params)
const profileError = (code: string, vendorCode: number) =>
  expect.objectContaining({ name: 'ProfileError', code, vendorCode })

describe('subscribing', () => {
  it('subscribes with the chosen duration and immediateSync; the statuses now arrive as events', async () => {
    const { server, presence, changes, tick, now } = await setup()
    await server.status.publish('ada', { statusType: 1 })
    await server.status.publish('grace', { statusType: 1 })
    tick(5000)
    await server.status.publish('grace', { statusType: 2 })
    const loggedOutAt = now()
    await expect(presence.subscribe(['ada', 'grace'])).resolves.toEqual([])
    await settle()
    expect(subscribeCalls(server)).toEqual([
      { tag: { eventType: 1, duration: 3600, immediateSync: true }, accountIds: ['ada', 'grace'] },
    ])
    expect(changes).toEqual([
      [
        { userID: 'ada', online: true },
        { userID: 'grace', online: false, lastSeenAt: loggedOutAt },
      ],
    ])
  })

  it('declares 100 a call, 3,000 in all, and renewal after the duration (an adapter option)', async () => {
    const { presence } = await setup()
    expect(presence).toMatchObject({ maxBatchSize: 100, maxSubscriptions: 3000, ttlMs: 3_600_000 })
    const { server, presence: daily } = await setup({ presenceDurationSeconds: 86_400 })
    expect(daily.ttlMs).toBe(86_400_000)
    await daily.subscribe(['ada'])
    expect(server.status.subscriptions()).toEqual([
      { accountId: 'ada', expiresAt: expect.any(Number) as number },
    ])
    expect(subscribeCalls(server)[0]).toMatchObject({ tag: { duration: 86_400 } })
  })

  it('refuses a duration NetEase would refuse, when the adapter is created', async () => {
    const server = createNimFakeServer(sdk, { users: [{ accountId: 'me' }] })
    for (const presenceDurationSeconds of [59, 2_592_001, 90.5]) {
      expect(() => createNimAdapter(server.nim, { presenceDurationSeconds })).toThrow(
        expect.objectContaining({ code: 'invalid_argument' }),
      )
    }
  })

  it('renewing a subscription moves its expiry', async () => {
    const { server, presence, tick } = await setup({ presenceDurationSeconds: 60 })
    await presence.subscribe(['ada'])
    const first = server.status.subscriptions()[0]!.expiresAt
    tick(50_000)
    await presence.subscribe(['ada'])
    expect(server.status.subscriptions()[0]!.expiresAt).toBe(first + 50_000)
  })

  it('is held to 100 accounts a call by the SDK itself (the kit batches to maxBatchSize)', async () => {
    const { server, presence } = await setup()
    const many = Array.from({ length: 101 }, (_, i) => `u${i}`)
    await expect(presence.subscribe(many)).rejects.toEqual(profileError('invalid_argument', 191004))
    expect(subscribeCalls(server)).toEqual([])
  })

  it('unsubscribes, after which no change is pushed', async () => {
    const { server, presence, changes } = await setup()
    await presence.subscribe(['ada', 'grace'])
    await presence.unsubscribe(['ada'])
    expect(server.status.subscriptions().map((s) => s.accountId)).toEqual(['grace'])
    await server.status.publish('ada', { statusType: 1 })
    expect(changes).toEqual([])
  })
})

describe('pushed changes', () => {
  it('keeps a user online while any client is logged in; last seen is the last logout', async () => {
    const { server, presence, changes, tick, now } = await setup()
    await presence.subscribe(['ada'])
    await server.status.publish('ada', { statusType: 1, clientType: WEB })
    await server.status.publish('ada', { statusType: 1, clientType: ANDROID })
    await server.status.publish('ada', { statusType: 2, clientType: WEB })
    tick(60_000)
    await server.status.publish('ada', { statusType: 3, clientType: ANDROID })
    expect(changes).toEqual([
      [{ userID: 'ada', online: true }],
      [{ userID: 'ada', online: true }],
      [{ userID: 'ada', online: false, lastSeenAt: now() }],
    ])
  })

  it('reports custom statuses (above 10000) by their extension, or their number', async () => {
    const { server, presence, changes } = await setup()
    await presence.subscribe(['ada'])
    await server.status.publish('ada', { statusType: 10_001, extension: 'In a meeting' })
    await server.status.publish('ada', { statusType: 10_002 })
    expect(changes).toEqual([
      [{ userID: 'ada', customStatus: 'In a meeting' }],
      [{ userID: 'ada', customStatus: '10002' }],
    ])
  })

  it('stops reporting when the listener is removed', async () => {
    const { server, presence, changes, stop } = await setup()
    await presence.subscribe(['ada'])
    stop()
    await server.status.publish('ada', { statusType: 1 })
    expect(changes).toEqual([])
  })
})

describe('errors', () => {
  it('maps the rate limit (416) to rate_limited, which the kit retries', async () => {
    const { server, presence } = await setup()
    server.fail({ cmd: 'v2SubscribeUserStatus', code: 416 })
    await expect(presence.subscribe(['ada'])).rejects.toEqual(
      expect.objectContaining({ code: 'rate_limited', vendorCode: 416, retryable: true }),
    )
  })

  it('rejects with not_ready before login', async () => {
    const { presence } = await setup({ login: false })
    await expect(presence.subscribe(['ada'])).rejects.toEqual(profileError('not_ready', 190002))
  })
})

it('has no presence over an instance without V2NIMSubscriptionService (an ESM build that did not register it)', () => {
  const { V2NIMUserService, V2NIMLoginService } = createNimDouble({ users: [{ accountId: 'me' }] })
  expect(createNimAdapter({ V2NIMUserService, V2NIMLoginService }).presence).toBeUndefined()
})
