import type { ProfileAdapter } from '@profile-kit/core/vanilla'
import type { ChatSDK } from '@tencentcloud/chat'
import { createTencentChatAdapter, type TencentChatAdapterOptions } from '../createTencentChatAdapter'
import {
  createTencentFakeServer,
  type TencentFakeServer,
  type TencentFakeServerOptions,
} from './createTencentFakeServer'
import { startRealTencentChat } from './startRealTencentChat'

/** Options of {@link startTencentAdapterOverRealSdk}. */
export interface AdapterOverRealSdkOptions extends TencentFakeServerOptions {
  /** Defaults to the first seeded user. */
  userID?: string
  /**
   * Users whose requests get no answer while the SDK logs in (healed afterwards), so the SDK has
   * not cached them. Not a rejection: the SDK's own login-time reads attach no catch, and a
   * rejection there is an unhandled one that would fail the test run.
   */
  unansweredAtLogin?: string[]
  adapterOptions?: TencentChatAdapterOptions
}

/** The adapter over the real SDK, the SDK, its fake server, and how to end them. */
export interface AdapterOverRealSdk {
  adapter: ProfileAdapter
  chat: ChatSDK
  server: TencentFakeServer
  dispose(): Promise<void>
}

/**
 * The adapter over the real `@tencentcloud/chat`, logged in against a fake server. Requests the SDK
 * makes by itself at login (my profile, the friends' profiles) can be made to fail, to reach the
 * states of a flaky network.
 *
 * @example
 * ```ts
 * const { adapter, server, dispose } = await startTencentAdapterOverRealSdk({ users: [{ userID: 'me' }] })
 * ```
 */
export async function startTencentAdapterOverRealSdk(
  options: AdapterOverRealSdkOptions,
): Promise<AdapterOverRealSdk> {
  const server = createTencentFakeServer(options)
  const unanswered = options.unansweredAtLogin ?? []
  server.failUsers(unanswered, 'no-answer')
  const userID = options.userID ?? options.users[0]!.userID
  const { chat, dispose } = await startRealTencentChat({ server, userID })
  // The SDK's own login-time reads run in the background: heal once each has been asked for.
  await untilAskedFor(server, unanswered)
  server.heal(unanswered)
  return { adapter: createTencentChatAdapter(chat, options.adapterOptions), chat, server, dispose }
}

async function untilAskedFor(server: TencentFakeServer, userIDs: string[], timeoutMs = 2000): Promise<void> {
  const asked = () => userIDs.every((id) => server.requests.some((request) => request.userIDs.includes(id)))
  const deadline = Date.now() + timeoutMs
  while (!asked()) {
    if (Date.now() > deadline) {
      throw new Error(`The SDK never asked for ${userIDs.join(', ')} while logging in; is it a friend or me?`)
    }
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}
