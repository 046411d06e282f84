import { isRecord, isUserID, type PresenceSource } from '@profile-kit/core/vanilla'
import type {
  V2NIMSubscriptionService,
  V2NIMUserStatus,
} from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/V2NIMSubscriptionService'
import { toNimProfileError } from '../toNimProfileError'
import type { NimClientStatus } from './createNimClientTracker'
import { createNimPresenceSource } from './createNimPresenceSource'

/** The parts of `nim.V2NIMSubscriptionService` presence uses. */
export type NimSubscriptionService = Pick<
  V2NIMSubscriptionService,
  'subscribeUserStatus' | 'unsubscribeUserStatus' | 'on' | 'off'
>

/**
 * Presence over NetEase's user status subscriptions: `subscribeUserStatus` with `immediateSync`
 * (100 accounts a call, 3,000 in all, each for `durationSeconds`, which the kit renews before it
 * runs out), `unsubscribeUserStatus`, and `onUserStatusChanged`. Subscribing answers no status:
 * the current ones arrive as events. NetEase reports each client (web, phone, desktop) of a user
 * on its own, so a user is online while any client is logged in, and "last seen" is the publish
 * time of the logout or disconnect of the last one. Status types from 10000 up are the app's custom
 * statuses: `customStatus` is their `extension`, or the type as text when there is none.
 *
 * @throws {ProfileError} `invalid_argument` when `durationSeconds` is outside 60 to 2,592,000.
 * @example
 * ```ts
 * const presence = createNimPresence(nim.V2NIMSubscriptionService, 3600)
 * ```
 */
export function createNimPresence(service: NimSubscriptionService, durationSeconds?: number): PresenceSource {
  return createNimPresenceSource(
    {
      subscribe: (accountIds, duration) =>
        service
          .subscribeUserStatus({ accountIds, duration, immediateSync: true })
          .catch(rethrowAs('subscribeUserStatus')),
      unsubscribe: (accountIds) =>
        service.unsubscribeUserStatus({ accountIds }).catch(rethrowAs('unsubscribeUserStatus')),
      listen(handler) {
        const handle = (statuses: unknown) => {
          const valid = Array.isArray(statuses) ? (statuses as unknown[]).filter(isUserStatus) : []
          handler(valid.map(toClientStatus))
        }
        service.on('onUserStatusChanged', handle)
        return () => service.off('onUserStatusChanged', handle)
      },
    },
    durationSeconds,
  )
}

function toClientStatus(status: V2NIMUserStatus): NimClientStatus {
  const { accountId: userID, statusType, clientType, publishTime, extension: custom } = status
  return { userID, statusType, clientType, publishTime, custom }
}

function isUserStatus(value: unknown): value is V2NIMUserStatus {
  return (
    isRecord(value) &&
    isUserID(value.accountId) &&
    typeof value.statusType === 'number' &&
    typeof value.clientType === 'number' &&
    typeof value.publishTime === 'number'
  )
}

/** The SDK's methods are async (their checks reject too): a rejection becomes a ProfileError. */
function rethrowAs(operation: string) {
  return (error: unknown): never => {
    throw toNimProfileError(error, operation)
  }
}

/** Whether `nim` has the subscription service (the ESM build registers it only when asked). */
export function nimSubscriptionService(nim: object): NimSubscriptionService | undefined {
  const service = (nim as { V2NIMSubscriptionService?: Partial<NimSubscriptionService> })
    .V2NIMSubscriptionService
  const methods = ['subscribeUserStatus', 'unsubscribeUserStatus', 'on', 'off'] as const
  const complete = methods.every((name) => typeof service?.[name] === 'function')
  return complete ? (service as NimSubscriptionService) : undefined
}
