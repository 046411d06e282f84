/** A status a user's client publishes as the online-state event: 1 login, 2 logout, 3 disconnect, from 10000 custom. */
export interface NimClassicPublishedEvent {
  value: number
  /** The client's type number (16 web, 1 Android, 2 iOS...); the SDK turns it into a name. Defaults to 16. */
  clientType?: number
  /** The text of a custom event. */
  custom?: string
}

/** The event subscription part of the classic fake server (see `startNimClassicOnFakeWire`). */
export interface NimClassicEventServer {
  /** Whether a `'sid_cid'` command is an event subscription command this part answers. */
  answers(command: string): boolean
  /** The reply's arguments to one such command. */
  handle(command: string, args: unknown[]): unknown[]
  /** A client of `account` publishes; pushed (`14_2`) when the logged-in user subscribed to `account`. */
  publish(account: string, event: NimClassicPublishedEvent): void
  /** Whom the logged-in user is subscribed to, with the `subscribeTime` (seconds) asked for. */
  subscriptions(): Array<{ account: string; subscribeTime: number }>
}

/** What the event part needs from the server around it. */
interface NimClassicEventHost {
  knows(account: string): boolean
  /** The SDK's tag numbers of `msgEvent` and `msgEventSubscribe` (from its own serializer). */
  tags: { msgEvent: Record<string, number>; msgEventSubscribe: Record<string, number> }
  now(): number
  push(sid: number, cid: number, r: unknown[]): void
}

/** The event service on the wire: its id, the commands answered and the pushes sent. */
const WIRE = { service: 14, subscribe: '14_3', unsubscribe: '14_4', pushEvent: 2, pushEvents: 9 } as const
const ONLINE_STATE_EVENT = 1
const WEB_CLIENT = 16

/**
 * Answers the classic SDK's `subscribeEvent` (`14_3`: failed accounts back, the current events
 * pushed at once as `14_9` when `sync` is set) and `unSubscribeEventsByAccounts` (`14_4`), and
 * pushes each later online-state event of a subscribed account as `14_2`, in the SDK's own tags.
 */
export function createNimClassicEventServer(host: NimClassicEventHost): NimClassicEventServer {
  const subscribed = new Map<string, number>()
  const latest = new Map<string, Map<string, Record<number, unknown>>>()
  const tag = (name: string, map: Record<string, number>) => String(map[name])
  const encode = (account: string, event: NimClassicPublishedEvent) => {
    const t = host.tags.msgEvent
    return {
      [t.type!]: ONLINE_STATE_EVENT,
      [t.value!]: event.value,
      [t.account!]: account,
      [t.time!]: host.now(),
      [t.clientType!]: event.clientType ?? WEB_CLIENT,
      ...(event.custom === undefined ? {} : { [t.custom!]: event.custom }),
    }
  }

  function subscribe(args: unknown[]): unknown[] {
    const options = args[0] as Record<string, unknown>
    const accounts = args[1] as string[]
    const subscribeTime = Number(options[tag('subscribeTime', host.tags.msgEventSubscribe)])
    const known = accounts.filter(host.knows)
    for (const account of known) subscribed.set(account, subscribeTime)
    if (Number(options[tag('sync', host.tags.msgEventSubscribe)]) === 1) {
      const current = known.flatMap((account) => [...(latest.get(account)?.values() ?? [])])
      if (current.length > 0) host.push(WIRE.service, WIRE.pushEvents, [current])
    }
    return [accounts.filter((account) => !host.knows(account))]
  }

  return {
    answers: (command) => command === WIRE.subscribe || command === WIRE.unsubscribe,
    handle(command, args) {
      if (command === WIRE.subscribe) return subscribe(args)
      for (const account of args[1] as string[]) subscribed.delete(account)
      return [[]]
    },
    publish(account, event) {
      const wire = encode(account, event)
      // One online state per client, and one custom event.
      const slot = event.value >= 10_000 ? 'custom' : String(event.clientType ?? WEB_CLIENT)
      latest.set(account, (latest.get(account) ?? new Map()).set(slot, wire))
      if (subscribed.has(account)) host.push(WIRE.service, WIRE.pushEvent, [wire])
    },
    subscriptions: () => [...subscribed].map(([account, subscribeTime]) => ({ account, subscribeTime })),
  }
}
