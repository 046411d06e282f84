/** A status a user's client published: 1 login, 2 logout, 3 disconnect, above 10000 custom. */
export interface NimPublishedStatus {
  statusType: number
  /** The client that published it (`V2NIMLoginClientType`: 16 web, 1 Android, 2 iOS...). Defaults to 16. */
  clientType?: number
  /** The app's text of a custom status. */
  extension?: string
}

/** One subscription the client holds. */
export interface NimSubscription {
  accountId: string
  /** Server time (ms) when it runs out. */
  expiresAt: number
}

/** The user status part of the fake NetEase server (see `createNimFakeServer`). */
export interface NimStatusServer {
  /** Whether `cmd` is a subscription command this part answers. */
  answers(cmd: string): boolean
  /** Answers one command, or throws the SDK's error for it. */
  handle(cmd: string, params: Record<string, unknown>): { content: object }
  /** A client of `accountId` publishes a status: stored, and pushed when subscribed and not expired. */
  publish(accountId: string, status: NimPublishedStatus): Promise<void>
  /** The subscriptions the client holds now (expired ones left out). */
  subscriptions(): NimSubscription[]
}

/** What the status part needs from the server around it. */
interface NimStatusServerHost {
  knows(accountId: string): boolean
  now(): number
  /** Sends a notification into the SDK's packet dispatch. */
  push(cmd: string, service: string, content: object): Promise<void>
  /** A parameter error as the SDK builds it. */
  invalid(reason: string): Error
}

const SERVICE = 'V2NIMSubscriptionService'
/** Most accounts per subscribe call and subscriptions in all, as NetEase documents. */
const MAX_PER_CALL = 100
const MAX_SUBSCRIPTIONS = 3000
const WEB_CLIENT = 16
const CUSTOM_STATUS_ABOVE = 10_000

/**
 * Answers `v2SubscribeUserStatus` / `v2UnsubscribeUserStatus` as NetEase's server does (limits of
 * 100 a call and 3,000 in all, unknown accounts in `failedList`, each subscription expiring after its
 * `duration`), sends the current statuses after an `immediateSync` subscription as one
 * `v2OnMultiUserStatusChange`, and pushes each later status as a `v2OnUserStatusChange`.
 */
export function createNimStatusServer(host: NimStatusServerHost): NimStatusServer {
  const expiries = new Map<string, number>()
  const latest = new Map<string, Array<ReturnType<typeof toWire>>>()
  const subscribed = (accountId: string) => (expiries.get(accountId) ?? 0) > host.now()

  function toWire(accountId: string, status: NimPublishedStatus) {
    return {
      eventType: 1,
      accountId,
      statusType: status.statusType,
      clientType: status.clientType ?? WEB_CLIENT,
      publishTime: host.now(),
      ...(status.extension === undefined ? {} : { extensionReceived: status.extension }),
    }
  }

  function subscribe(accountIds: string[], tag: { duration: number; immediateSync?: number }) {
    const fresh = accountIds.filter((id) => !subscribed(id))
    const held = [...expiries.keys()].filter(subscribed).length
    if (accountIds.length > MAX_PER_CALL || held + fresh.length > MAX_SUBSCRIPTIONS) {
      throw host.invalid('too many subscriptions')
    }
    const known = accountIds.filter(host.knows)
    for (const id of known) expiries.set(id, host.now() + tag.duration * 1000)
    if (tag.immediateSync) {
      const current = known.flatMap((id) => latest.get(id) ?? [])
      // Sent after the answer, as the server's notification follows its response.
      if (current.length > 0)
        setTimeout(() => void host.push('v2OnMultiUserStatusChange', SERVICE, { data: current }))
    }
    return { content: { failedList: accountIds.filter((id) => !host.knows(id)) } }
  }

  return {
    answers: (cmd) => cmd === 'v2SubscribeUserStatus' || cmd === 'v2UnsubscribeUserStatus',
    handle(cmd, params) {
      const accountIds = params.accountIds as string[]
      const tag = params.tag as { duration: number; immediateSync?: number }
      if (cmd === 'v2SubscribeUserStatus') return subscribe(accountIds, tag)
      for (const id of accountIds) expiries.delete(id)
      return { content: { failedList: [] } }
    },
    async publish(accountId, status) {
      const wire = toWire(accountId, status)
      // The server keeps each client's latest online status and the latest custom one.
      const isCustom = (statusType: number) => statusType > CUSTOM_STATUS_ABOVE
      const sameSlot = (item: typeof wire) =>
        isCustom(wire.statusType)
          ? isCustom(item.statusType)
          : !isCustom(item.statusType) && item.clientType === wire.clientType
      const kept = (latest.get(accountId) ?? []).filter((item) => !sameSlot(item))
      latest.set(accountId, [...kept, wire])
      if (subscribed(accountId)) await host.push('v2OnUserStatusChange', SERVICE, { data: wire })
    },
    subscriptions: () =>
      [...expiries]
        .filter(([accountId]) => subscribed(accountId))
        .map(([accountId, expiresAt]) => ({ accountId, expiresAt })),
  }
}
