import {
  isRecord,
  isUserID,
  ProfileError,
  type PresenceChange,
  type PresenceSource,
} from '@profile-kit/core/vanilla'
import type {
  V2NIMSubscriptionService,
  V2NIMUserStatus,
  V2NIMUserStatusType,
} from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/V2NIMSubscriptionService'
import { toNimProfileError } from '../toNimProfileError'

/** The parts of `nim.V2NIMSubscriptionService` presence uses. */
export type NimSubscriptionService = Pick<
  V2NIMSubscriptionService,
  'subscribeUserStatus' | 'unsubscribeUserStatus' | 'on' | 'off'
>

// V2NIMUserStatusType is an ambient const enum: literals checked against its members instead.
const STATUS_LOGIN: V2NIMUserStatusType.V2NIM_USER_STATUS_TYPE_LOGIN = 1
const STATUS_LOGOUT: V2NIMUserStatusType.V2NIM_USER_STATUS_TYPE_LOGOUT = 2
const STATUS_DISCONNECT: V2NIMUserStatusType.V2NIM_USER_STATUS_TYPE_DISCONNECT = 3
/** Status types above this are the app's own (published with `publishCustomUserStatus`). */
const CUSTOM_STATUS_ABOVE = 10_000

/** NetEase's bounds of a subscription's `duration`, in seconds (60 s to 30 days). */
export const NIM_PRESENCE_DURATION_RANGE = { min: 60, max: 2_592_000 } as const
/** The default subscription duration: an hour, so the kit renews a shown user once an hour. */
const DEFAULT_DURATION_SECONDS = 3600

/**
 * Presence over NetEase's user status subscriptions: `subscribeUserStatus` with `immediateSync`
 * (100 accounts a call, 3,000 in all, each for `durationSeconds`, which the kit renews before it
 * runs out), `unsubscribeUserStatus`, and `onUserStatusChanged`. Subscribing answers no status:
 * the current ones arrive as events. NetEase reports each client (web, phone, desktop) of a user
 * on its own, so a user is online while any client is logged in, and "last seen" is the publish
 * time of the logout or disconnect of the last one. Status types above 10000 are the app's custom
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
  durationSeconds = DEFAULT_DURATION_SECONDS,
): PresenceSource {
  assertDuration(durationSeconds)
  const clients = createClientTracker()
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
        const changes = valid.flatMap((status) => clients.apply(status) ?? [])
        if (changes.length > 0) listener(changes)
      }
      service.on('onUserStatusChanged', handle)
      return () => service.off('onUserStatusChanged', handle)
    },
  }
}

/** Which clients of each user are logged in, so one client logging out does not hide the others. */
function createClientTracker() {
  const loggedIn = new Map<string, Set<number>>()
  const of = (userID: string) => loggedIn.get(userID) ?? loggedIn.set(userID, new Set()).get(userID)!
  return {
    apply(status: V2NIMUserStatus): PresenceChange | undefined {
      const { accountId: userID, statusType, clientType } = status
      if (statusType > CUSTOM_STATUS_ABOVE) {
        return { userID, customStatus: status.extension || String(statusType) }
      }
      if (statusType === STATUS_LOGIN) {
        of(userID).add(clientType)
        return { userID, online: true }
      }
      if (statusType !== STATUS_LOGOUT && statusType !== STATUS_DISCONNECT) return undefined
      const clients = of(userID)
      clients.delete(clientType)
      if (clients.size > 0) return undefined
      return { userID, online: false, lastSeenAt: status.publishTime }
    },
    forget(userIDs: string[]) {
      for (const userID of userIDs) loggedIn.delete(userID)
    },
  }
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

function assertDuration(seconds: number): void {
  const { min, max } = NIM_PRESENCE_DURATION_RANGE
  if (Number.isInteger(seconds) && seconds >= min && seconds <= max) return
  throw new ProfileError(
    'invalid_argument',
    `NetEase presence durationSeconds must be a whole number of seconds from ${min} to ${max}; got ${String(seconds)}.`,
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
