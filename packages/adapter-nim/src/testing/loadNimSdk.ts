import type V2NIM from 'nim-web-sdk-ng'

/** The browser globals `nim-web-sdk-ng`'s browser bundle reads when it loads and when it logs out. */
const SHIMS = ['self', 'window', 'navigator', 'localStorage'] as const
/** Globals the bundle's polyfills leave behind. */
const LEFTOVERS = ['__core-js_shared__', 'regeneratorRuntime']

/** A `V2NIMError` as the SDK builds it: `desc` comes from the SDK's own table when not given. */
export type NimErrorFactory = (code: number, reason?: string) => Error & { code: number }

/** The real SDK, loaded in Node. */
export interface NimSdk {
  /** A new V2 instance. It opens no socket: a fake server drives its login (see `createNimFakeServer`). */
  createInstance(): V2NIM
  /** Builds the SDK's own `V2NIMError`. */
  nimError: NimErrorFactory
  /** Puts the globals back as they were before {@link loadNimSdk}. */
  restore(): void
}

/**
 * Loads the real `nim-web-sdk-ng` browser bundle in Node, with `self`, `window`, `navigator` and an
 * in-memory `localStorage` shimmed (call `restore()` when done, e.g. in `afterAll`).
 *
 * @example
 * ```ts
 * let sdk: NimSdk
 * beforeAll(async () => { sdk = await loadNimSdk() })
 * afterAll(() => sdk.restore())
 * ```
 */
export async function loadNimSdk(): Promise<NimSdk> {
  const saved = new Map(SHIMS.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]))
  define('self', globalThis)
  define('window', globalThis)
  define('navigator', { userAgent: 'node', language: 'en' })
  define('localStorage', createMemoryStorage())
  // The UMD bundle's CommonJS exports: Node hands back { default: NIM, V2NIMConst }.
  const sdk = (await import('nim-web-sdk-ng')) as unknown as {
    default: typeof V2NIM | { default: typeof V2NIM }
  }
  const NIM = 'default' in sdk.default ? sdk.default.default : sdk.default
  let instances = 0
  const createInstance = () =>
    new NIM({ appkey: `profile-kit-offline-${++instances}`, apiVersion: 'v2', debugLevel: 'off' })
  const V2NIMError = await captureErrorClass(createInstance())
  return {
    createInstance,
    nimError: (code, reason) => new V2NIMError({ code, detail: reason ? { reason } : {} }),
    restore() {
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(globalThis, name, descriptor)
        else Reflect.deleteProperty(globalThis, name)
      }
      for (const name of LEFTOVERS) Reflect.deleteProperty(globalThis, name)
    },
  }
}

type V2NIMErrorClass = new (init: { code: number; detail: object }) => Error & { code: number }

/** The SDK does not export its error class: take it from a real rejection (any call before login). */
async function captureErrorClass(nim: V2NIM): Promise<V2NIMErrorClass> {
  const error: unknown = await nim.V2NIMUserService.getUserList(['probe']).catch((e: unknown) => e)
  if (!(error instanceof Error) || error.name !== 'V2NIMError') {
    throw new Error('loadNimSdk: the SDK no longer rejects calls before login with a V2NIMError.')
  }
  return error.constructor as V2NIMErrorClass
}

function define(name: string, value: unknown): void {
  Object.defineProperty(globalThis, name, { value, configurable: true, writable: true })
}

function createMemoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'clear'> {
  const items = new Map<string, string>()
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  }
}
