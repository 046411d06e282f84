import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChatSDK } from '@tencentcloud/chat'
import { createTencentChatAdapter } from './createTencentChatAdapter'

/**
 * Smoke test over the REAL `@tencentcloud/chat`, created offline. The SDK dials its server as soon
 * as it is created; Node 20 has no WebSocket, and the network here is closed, so a stub socket fails
 * every connection at once. Nothing may crash or hang: before login every call must come out of the
 * adapter as `not_ready` with the SDK's own code 2024.
 */
class OfflineWebSocket {
  static readonly CONNECTING = 0
  static readonly OPEN = 1
  static readonly CLOSING = 2
  static readonly CLOSED = 3
  readyState = OfflineWebSocket.CONNECTING
  onerror: ((event: unknown) => void) | null = null
  onclose: ((event: unknown) => void) | null = null
  constructor(readonly url: string) {
    setTimeout(() => {
      this.readyState = OfflineWebSocket.CLOSED
      this.onerror?.({ type: 'error' })
      this.onclose?.({ type: 'close', code: 1006, reason: 'offline test' })
    }, 0)
  }
  send(): void {}
  close(): void {
    this.readyState = OfflineWebSocket.CLOSED
  }
  addEventListener(): void {}
  removeEventListener(): void {}
}

/** Fails fast instead of waiting for the test timeout when the SDK never answers. */
function within<T>(promise: Promise<T>, ms = 2000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

const hadWebSocket = Object.prototype.hasOwnProperty.call(globalThis, 'WebSocket')
const originalWebSocket: unknown = (globalThis as { WebSocket?: unknown }).WebSocket
let chat: ChatSDK

beforeAll(async () => {
  Object.defineProperty(globalThis, 'WebSocket', {
    value: OfflineWebSocket,
    configurable: true,
    writable: true,
  })
  const { default: TencentCloudChat } = await import('@tencentcloud/chat')
  chat = TencentCloudChat.create({ SDKAppID: 1400000000 })
  chat.setLogLevel(4)
})

afterAll(async () => {
  // destroy() rejects with 2024 when nobody logged in; it still releases the instance.
  await within(chat.destroy()).catch(() => undefined)
  if (hadWebSocket)
    Object.defineProperty(globalThis, 'WebSocket', {
      value: originalWebSocket,
      configurable: true,
      writable: true,
    })
  else Reflect.deleteProperty(globalThis, 'WebSocket')
})

describe('createTencentChatAdapter over the real @tencentcloud/chat, offline', () => {
  const notReady = expect.objectContaining({ name: 'ProfileError', code: 'not_ready', vendorCode: 2024 })

  it('types and accepts the real instance', () => {
    expect(chat.isReady()).toBe(false)
    expect(createTencentChatAdapter(chat).schema?.maxBatchSize).toBe(100)
  })

  it('turns every call before login into not_ready with code 2024, without a hang', async () => {
    const adapter = createTencentChatAdapter(chat)
    await expect(within(adapter.getMyProfile())).rejects.toEqual(notReady)
    await expect(within(adapter.getUserProfiles(['someone']))).rejects.toEqual(notReady)
    await expect(
      within(adapter.updateMyProfile({ nick: 'Ada', customFields: { team: 'core' } })),
    ).rejects.toEqual(notReady)
  })

  it('subscribes and unsubscribes on the real event emitter', () => {
    const adapter = createTencentChatAdapter(chat)
    const unsubscribe = adapter.subscribe!(
      () => undefined,
      () => undefined,
    )
    expect(() => unsubscribe()).not.toThrow()
  })
})
