import { isRecord, isUserID, type PresenceSource } from '@profile-kit/core/vanilla'
import type {
  V2NIMSubscriptionService,
  V2NIMUserStatus,
} from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/V2NIMSubscriptionService'
import { toNimProfileError } from '../toNimProfileError'
import { createNimClientTracker } from './createNimClientTracker'
import { assertPresenceDuration, DEFAULT_PRESENCE_DURATION_SECONDS } from './nimPresenceDuration'

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
export function createNimPresence(
  service: NimSubscriptionService,
  durationSeconds = DEFAULT_PRESENCE_DURATION_SECONDS,
): PresenceSource {
  assertPresenceDuration(durationSeconds)
  const clients = createNimClientTracker()
  return {
    maxBatchSize: 100,
    maxSubscriptions: 3000,
    ttlMs: durationSeconds * 1000,
    async subscribe(userIDs) {
      const option = { accountIds: userIDs, duration: durationSeconds, immediateSync: true }
      // The answer lists accounts the server refused; they stay unknown.
      await service.subscribeUserStatus(option).catch(rethrowAs('subscribeUserStatus'))
      return []
    },
    async unsubscribe(userIDs) {
      // An empty list would unsubscribe everyone.
      if (userIDs.length === 0) return
      await service.unsubscribeUserStatus({ accountIds: userIDs }).catch(rethrowAs('unsubscribeUserStatus'))
      clients.forget(userIDs)
    },
    onChange(listener) {
      const handle = (statuses: unknown) => {
        const valid = Array.isArray(statuses) ? (statuses as unknown[]).filter(isUserStatus) : []
        const changes = valid.flatMap((status) => clients.apply(toClientStatus(status)) ?? [])
        if (changes.length > 0) listener(changes)
      }
      service.on('onUserStatusChanged', handle)
      return () => service.off('onUserStatusChanged', handle)
    },
  }
}

function toClientStatus(status: V2NIMUserStatus) {
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
