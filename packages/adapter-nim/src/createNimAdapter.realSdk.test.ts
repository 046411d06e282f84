import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type V2NIM from 'nim-web-sdk-ng'
import { createNimAdapter } from './createNimAdapter'

/**
 * Smoke test over the REAL `nim-web-sdk-ng` (V2 API), created offline. The browser bundle reads
 * `self`, `window` and `navigator` when it loads; no socket opens before login. Before login every
 * call must come out of the adapter as `not_ready` with the SDK's own code 190002, without a hang.
 */
const SHIMS = ['self', 'window', 'navigator'] as const
// Globals the bundle's polyfills leave behind.
const LEFTOVERS = ['__core-js_shared__', 'regeneratorRuntime']
const saved = new Map(SHIMS.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]))
let nim: V2NIM

/** Fails fast instead of waiting for the test timeout when the SDK never answers. */
function within<T>(promise: Promise<T>, ms = 2000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

function define(name: string, value: unknown): void {
  Object.defineProperty(globalThis, name, { value, configurable: true, writable: true })
}

beforeAll(async () => {
  define('self', globalThis)
  define('window', globalThis)
  define('navigator', { userAgent: 'node', language: 'en' })
  // The UMD bundle's CommonJS exports: Node hands back { default: NIM, V2NIMConst }.
  const sdk = (await import('nim-web-sdk-ng')) as unknown as {
    default: typeof V2NIM | { default: typeof V2NIM }
  }
  const NIM = 'default' in sdk.default ? sdk.default.default : sdk.default
  nim = new NIM({ appkey: 'profile-kit-offline', apiVersion: 'v2', debugLevel: 'off' })
})

afterAll(async () => {
  // Nobody logged in: logout rejects, but it settles, and no socket was ever opened.
  await within(nim.V2NIMLoginService.logout()).catch(() => undefined)
  for (const [name, descriptor] of saved) {
    if (descriptor) Object.defineProperty(globalThis, name, descriptor)
    else Reflect.deleteProperty(globalThis, name)
  }
  for (const name of LEFTOVERS) Reflect.deleteProperty(globalThis, name)
})

describe('createNimAdapter over the real nim-web-sdk-ng, offline', () => {
  const notReady = expect.objectContaining({ name: 'ProfileError', code: 'not_ready', vendorCode: 190002 })

  it('types and accepts the real instance', () => {
    expect(nim.V2NIMLoginService.getLoginUser()).toBe('')
    expect(createNimAdapter(nim).schema?.maxBatchSize).toBe(150)
  })

  it('turns every call before login into not_ready with code 190002, without a hang', async () => {
    const adapter = createNimAdapter(nim)
    await expect(within(adapter.getMyProfile())).rejects.toEqual(notReady)
    await expect(within(adapter.getUserProfiles(['someone']))).rejects.toEqual(notReady)
    await expect(within(adapter.updateMyProfile({ nick: 'Ada' }))).rejects.toEqual(notReady)
    await expect(within(adapter.updateMyProfile({ customFields: { team: 'core' } }))).rejects.toEqual(
      notReady,
    )
  })

  it('keeps the SDK error as the cause for a call the SDK itself refused', async () => {
    const adapter = createNimAdapter(nim)
    const error = await within(adapter.getUserProfiles(['someone'])).catch((e: unknown) => e)
    expect(error).toMatchObject({ cause: expect.objectContaining({ name: 'V2NIMError', code: 190002 }) })
  })

  it('subscribes and unsubscribes on the real event emitters', () => {
    const adapter = createNimAdapter(nim)
    const unsubscribe = adapter.subscribe!(
      () => undefined,
      () => undefined,
    )
    expect(() => unsubscribe()).not.toThrow()
  })
})
