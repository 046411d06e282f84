import type { ChatSDK } from '@tencentcloud/chat'
import type { TencentFakeServer, TencentWirePush, TencentWireRequest } from './createTencentFakeServer'

/** The SDK version whose internals the harness reaches into; any other version fails loudly. */
export const HARNESS_SDK_VERSION = '3.6.6'

/** The real SDK, logged in against a fake server, and how to end it. */
export interface RealTencentChat {
  chat: ChatSDK
  /** Logs out, destroys the instance and stops its timers. */
  dispose(): Promise<void>
}

/** Options of {@link startRealTencentChat}. */
export interface StartRealTencentChatOptions {
  server: TencentFakeServer
  /** Who logs in; `SDK_READY` has fired when the promise resolves. */
  userID: string
}

interface ModuleManager {
  get(id: number): unknown
}
interface SessionModule {
  req(request: TencentWireRequest): Promise<unknown>
  onMessage(push: TencentWirePush): void
}

// Module numbers of the 3.6.6 bundle: 20 is the session module every module's `req` ends in (the
// user module's profile requests, the login module's login) and where socket pushes arrive; 8 is
// the relationship module, whose slot the `modules` option lets an app fill.
const SESSION_MODULE = 20
const RELATIONSHIP_MODULE = 8
let nextSDKAppID = 1_400_100_000

/**
 * The REAL `@tencentcloud/chat` with only its wire replaced: the session module's `req` (through
 * which the user module sends `portrait_get_all` / `portrait_set`) answers from `server`, and the
 * server's pushes enter through the session module's `onMessage`, as the socket's would. The SDK's
 * caching, validation, events and login state all run for real.
 *
 * The inner objects are reached without patching the package: `create({ modules })` constructs each
 * optional module with the SDK's module manager; the harness passes a constructor for the
 * relationship slot that keeps the built-in module and remembers the manager. A minified bundle is
 * one line, so a pnpm patch would carry all 725 KB of it twice.
 *
 * @throws {Error} when the installed SDK is not {@link HARNESS_SDK_VERSION} or the hook is gone.
 * @example
 * ```ts
 * const server = createTencentFakeServer({ users: [{ userID: 'me' }] })
 * const { chat, dispose } = await startRealTencentChat({ server, userID: 'me' })
 * ```
 */
export async function startRealTencentChat(options: StartRealTencentChatOptions): Promise<RealTencentChat> {
  installOfflineWebSocket()
  const { default: TencentCloudChat } = await import('@tencentcloud/chat')
  // VERSION exists at run time; the .d.ts does not declare it.
  const version = (TencentCloudChat as unknown as { VERSION?: unknown }).VERSION
  if (version !== HARNESS_SDK_VERSION) {
    throw new Error(
      `startRealTencentChat reaches into @tencentcloud/chat ${HARNESS_SDK_VERSION}, but ${String(version)} is installed: re-check the module numbers and wire formats in src/testing/ against the new bundle.`,
    )
  }
  let manager: ModuleManager | undefined
  // Called with `new` by the SDK; returning an object makes `new` yield it, so the built-in
  // relationship module stays in place.
  function captureManager(this: unknown, found: ModuleManager) {
    manager = found
    return found.get(RELATIONSHIP_MODULE)
  }
  // `modules` is read by create() but missing from the .d.ts.
  const create = TencentCloudChat.create as (options: { SDKAppID: number; modules: object }) => ChatSDK
  const chat = create({
    SDKAppID: nextSDKAppID++,
    modules: { 'relationship-module': captureManager },
  })
  chat.setLogLevel(4)
  const session = sessionModule(manager)
  session.req = (request) => options.server.handle(request)
  options.server.connect((push) => session.onMessage(push))
  await login(chat, options.userID)
  return {
    chat,
    async dispose() {
      await chat.destroy().catch(() => undefined)
    },
  }
}

function sessionModule(manager: ModuleManager | undefined): SessionModule {
  const session = manager?.get(SESSION_MODULE) as Partial<SessionModule> | undefined
  if (typeof session?.req !== 'function' || typeof session.onMessage !== 'function') {
    throw new Error(
      `startRealTencentChat: the SDK no longer hands its module manager to create({ modules }) or module ${SESSION_MODULE} lost req/onMessage; the wire stub cannot be installed.`,
    )
  }
  return session as SessionModule
}

async function login(chat: ChatSDK, userID: string): Promise<void> {
  const ready = new Promise<void>((resolve) => chat.on('sdkStateReady', () => resolve()))
  await chat.login({ userID, userSig: 'fake-user-sig' })
  await ready
}

/** Node 20 has no WebSocket and the SDK dials out at `create`; this socket never connects. */
function installOfflineWebSocket(): void {
  if ('WebSocket' in globalThis) return
  class OfflineWebSocket {
    static readonly CONNECTING = 0
    static readonly OPEN = 1
    static readonly CLOSING = 2
    static readonly CLOSED = 3
    readyState = OfflineWebSocket.CONNECTING
    constructor(readonly url: string) {}
    send(): void {}
    close(): void {
      this.readyState = OfflineWebSocket.CLOSED
    }
    addEventListener(): void {}
    removeEventListener(): void {}
  }
  Object.defineProperty(globalThis, 'WebSocket', {
    value: OfflineWebSocket,
    configurable: true,
    writable: true,
  })
}
