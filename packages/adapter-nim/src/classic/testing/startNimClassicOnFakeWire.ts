import { createRequire } from 'node:module'
import type { NIM } from '@yxim/nim-web-sdk'
import type { NIMGetInstanceOptions, NIMUserNameCard } from '../nimClassicTypes'
import { createNimClassicEventServer, type NimClassicEventServer } from './createNimClassicEventServer'

/**
 * Runs the REAL classic `@yxim/nim-web-sdk` (its Node build) in a test, with only its link layer
 * replaced: `Protocol.prototype.connect` (LBS lookup + socket.io) installs a fake socket that hands
 * the SDK's own JSON packets to a fake server and feeds the server's packets to the SDK's own
 * `onMessage`. Everything above the wire — the packet codec, login follow-up, sync, `done`
 * callbacks, parameter checks, reconnect logic, `onupdateuser` on incoming messages — is the SDK's.
 * Node-only. The SDK internals used here are checked on load so an SDK update fails loudly.
 */

/** The SDK internals the fake wire drives (undeclared in the SDK's types). */
interface Protocol {
  socket: FakeSocket | null
  hasLogin: boolean
  options: NIMGetInstanceOptions
  afterLogin(result: { connectionId: string }): void
  onMessage(json: string): void
  onDisconnect(reason: string, kind: string): void
}
interface NimClassicStatic {
  getInstance(options: NIMGetInstanceOptions & Record<string, unknown>): NIM
  Protocol: { prototype: Protocol & { connect(this: Protocol): void } }
  parser: {
    serializeMap: {
      user: Record<string, number>
      friend: Record<string, number>
      msgEvent: Record<string, number>
      msgEventSubscribe: Record<string, number>
    }
  }
}
interface FakeSocket {
  socket: { connected: boolean }
  send(json: string): void
  disconnect(): void
}
/** A packet the SDK sends: service id, command id, serial number and its arguments. */
interface ClientPacket {
  SID: number
  CID: number
  SER: number
  Q: Array<{ t: string; v: unknown }>
}

/** A user as the fake server stores it: a classic name card. */
export type ServerCard = Omit<NIMUserNameCard, 'createTime' | 'updateTime'> & { updateTime?: number }

/** The fake NetEase server behind the fake socket. */
export interface FakeNimClassicServer {
  /** Stored cards by account. */
  readonly users: Map<string, ServerCard>
  /** Every request the SDK put on the wire, by `'sid_cid'`, e.g. `'3_7'` for getUsers. */
  readonly requests: Array<{ command: string; args: unknown[] }>
  /**
   * The next `count` requests of a command are answered with this server code. With `applied`, the
   * server applies an `updateMyInfo` first: the write went through and only its answer failed.
   */
  failNext(
    command: 'getUsers' | 'updateMyInfo',
    code: number,
    count?: number,
    options?: { applied?: boolean },
  ): void
  /** The next `count` connection attempts fail (the SDK retries). */
  failConnects(count: number): void
  /** The link breaks: the SDK starts reconnecting. */
  dropConnection(): void
  /** The server kicks this client out (another device logged in). */
  kick(): void
  /** My card changed on another device: the server pushes `syncUpdateMyInfo`. */
  pushMyInfoUpdate(patch: Partial<ServerCard>): void
  /** `from` sends me a message stamped with their card's update time. */
  sendMessageFrom(from: string): void
  /** My aliases for my friends, by account. */
  readonly friends: Map<string, string>
  /** My alias for a friend is set on another device: the server pushes `syncUpdateFriend`. */
  setAliasElsewhere(account: string, alias: string): void
  /** A friend is deleted on another device: the server pushes `syncDeleteFriend`. */
  removeFriendElsewhere(account: string): void
  /** Another user edits their own card (nothing is pushed; see `sendMessageFrom`). */
  editUser(account: string, patch: Partial<ServerCard>): void
  /** Online-state events: clients publish (pushed to the subscriber); the subscriptions held. */
  readonly events: Pick<NimClassicEventServer, 'publish' | 'subscriptions'>
}

const COMMANDS = {
  getUsers: '3_7',
  updateMyInfo: '3_10',
  sync: '5_1',
  updateFriend: '12_3',
  getFriends: '12_4',
} as const
/** NetEase's answer to a friend operation on someone who is not a friend. */
const NOT_A_FRIEND = 404

const require = createRequire(import.meta.url)
let sdk: NimClassicStatic | undefined
let serverForNextInstance: FakeWireServer | undefined

/**
 * Creates a real classic NIM instance logged in as `account` against a fake server holding `users`,
 * and waits for its sync to finish (after `onsyncdone`).
 *
 * @example
 * ```ts
 * const { nim, server } = await startNimClassicOnFakeWire({ account: 'me', users: [{ account: 'me', nick: 'Me' }] })
 * ```
 */
export async function startNimClassicOnFakeWire(options: {
  account: string
  users: ServerCard[]
  /** My friends and my aliases for them (`''`: none). Synced at login. */
  friends?: Record<string, string>
  callbacks?: Partial<NIMGetInstanceOptions>
}): Promise<{ nim: NIM; server: FakeNimClassicServer; destroy(): Promise<void> }> {
  const NIM = loadSdk()
  const server = new FakeWireServer(options.users, NIM.parser.serializeMap, options.account, options.friends)
  let synced!: () => void
  const ready = new Promise<void>((resolve) => (synced = resolve))
  const own = options.callbacks ?? {}
  serverForNextInstance = server
  const nim = NIM.getInstance({
    appKey: `profile-kit-test-${++instances}`,
    account: options.account,
    token: 'token',
    debug: false,
    // No A/B-test or data-report requests to NetEase's hosts.
    privateConf: { isABTestEnable: false, isDataReportEnable: false, compassDataEndpoint: '' },
    db: false,
    // The SDK waits at least 1 s between retries; no more.
    reconnectDelayProvider: () => 1000,
    ...own,
    onsyncdone: () => {
      own.onsyncdone?.()
      synced()
    },
  })
  serverForNextInstance = undefined
  await ready
  return {
    nim,
    server,
    destroy: () => new Promise<void>((resolve) => nim.destroy({ done: () => resolve() })),
  }
}

let instances = 0

function loadSdk(): NimClassicStatic {
  if (sdk) return sdk
  const loaded = require('@yxim/nim-web-sdk/dist/SDK/NIM_Web_NIM_nodejs.js') as NimClassicStatic
  const proto = loaded.Protocol?.prototype
  if (
    typeof proto?.connect !== 'function' ||
    typeof proto.afterLogin !== 'function' ||
    typeof proto.onMessage !== 'function' ||
    typeof proto.onDisconnect !== 'function' ||
    typeof loaded.parser?.serializeMap?.user?.account !== 'number' ||
    typeof loaded.parser.serializeMap.msgEvent?.value !== 'number' ||
    typeof loaded.parser.serializeMap.msgEventSubscribe?.subscribeTime !== 'number'
  ) {
    throw new Error('@yxim/nim-web-sdk internals changed: update startNimClassicOnFakeWire.')
  }
  proto.connect = function connectToFakeServer(this: Protocol) {
    const server = servers.get(this) ?? serverForNextInstance
    if (!server) throw new Error('startNimClassicOnFakeWire: no fake server for this instance')
    servers.set(this, server)
    server.connect(this)
  }
  sdk = loaded
  return loaded
}

const servers = new WeakMap<Protocol, FakeWireServer>()

class FakeWireServer implements FakeNimClassicServer {
  readonly users: Map<string, ServerCard>
  readonly friends: Map<string, string>
  readonly requests: Array<{ command: string; args: unknown[] }> = []
  private failures = new Map<string, { code: number; count: number; applied: boolean }>()
  private connectFailures = 0
  private protocol: Protocol | undefined
  private clock = 1_000
  readonly events: NimClassicEventServer
  private readonly tags: Record<string, number>
  private readonly friendTags: Record<string, number>

  constructor(
    users: ServerCard[],
    serializeMap: NimClassicStatic['parser']['serializeMap'],
    private readonly me: string,
    friends: Record<string, string> = {},
  ) {
    this.tags = serializeMap.user
    this.friendTags = serializeMap.friend
    this.users = new Map(users.map((u) => [u.account, { ...u, updateTime: u.updateTime ?? this.tick() }]))
    this.events = createNimClassicEventServer({
      knows: (account) => this.users.has(account),
      tags: serializeMap,
      now: () => this.tick(),
      push: (sid, cid, r) => this.push(sid, cid, r),
    })
    this.friends = new Map(Object.entries(friends))
  }

  setAliasElsewhere(account: string, alias: string): void {
    this.friends.set(account, alias)
    this.push(12, 103, [this.encodeFriend(account)])
  }

  removeFriendElsewhere(account: string): void {
    this.friends.delete(account)
    this.push(12, 102, [account])
  }

  private encodeFriend(account: string): Record<number, unknown> {
    const tags = this.friendTags
    const time = this.clock
    // The SDK counts a friend as valid only with flag "1" (a string, as the wire carries it).
    return {
      [tags.account!]: account,
      [tags.flag!]: '1',
      [tags.alias!]: this.friends.get(account) ?? '',
      [tags.createTime!]: time,
      [tags.updateTime!]: time,
    }
  }

  private friendList(): Array<Record<number, unknown>> {
    return [...this.friends.keys()].map((account) => this.encodeFriend(account))
  }

  connect(protocol: Protocol): void {
    this.protocol = protocol
    if (this.connectFailures > 0) {
      this.connectFailures--
      // As a socket.io connect error does: the SDK schedules its next retry.
      setTimeout(() => protocol.onDisconnect('fake wire: connect failed', 'broken'), 0)
      return
    }
    protocol.socket = {
      socket: { connected: true },
      send: (json) => this.receive(JSON.parse(json) as ClientPacket),
      disconnect: () => undefined,
    }
    // What the SDK does once the server accepts its login packet.
    protocol.hasLogin = true
    protocol.afterLogin({ connectionId: `connection-${this.tick()}` })
  }

  failNext(
    command: keyof typeof COMMANDS,
    code: number,
    count = 1,
    options: { applied?: boolean } = {},
  ): void {
    this.failures.set(COMMANDS[command], { code, count, applied: options.applied ?? false })
  }

  failConnects(count: number): void {
    this.connectFailures = count
  }

  dropConnection(): void {
    const protocol = this.requireProtocol()
    if (protocol.socket) protocol.socket.socket.connected = false
    protocol.onDisconnect('fake wire: connection dropped', 'broken')
  }

  kick(): void {
    // auth.kicked: from (client type), reason 1 = kicked by another login of the same platform.
    this.push(2, 5, [16, 1])
  }

  pushMyInfoUpdate(patch: Partial<ServerCard>): void {
    const card = this.write(this.me, patch)
    this.push(3, 110, [this.encode(card)])
  }

  editUser(account: string, patch: Partial<ServerCard>): void {
    this.write(account, patch)
  }

  sendMessageFrom(from: string): void {
    const time = this.tick()
    const message = {
      0: 0, // scene p2p
      1: this.me,
      2: from,
      7: time,
      8: 0, // text
      9: 'hello',
      11: `client-${time}`,
      12: time,
      14: this.users.get(from)?.updateTime ?? 0,
    }
    this.push(7, 2, [message])
  }

  private receive(packet: ClientPacket): void {
    const command = `${packet.SID}_${packet.CID}`
    const args = packet.Q.map((q) => q.v)
    this.requests.push({ command, args })
    const failure = this.failures.get(command)
    if (failure && failure.count > 0) {
      failure.count--
      if (failure.applied && command === COMMANDS.updateMyInfo)
        this.write(this.me, this.decode(args[0] as Record<string, unknown>))
      this.reply(packet, [], failure.code)
      return
    }
    if (this.events.answers(command)) {
      this.reply(packet, this.events.handle(command, args))
    } else if (command === COMMANDS.getUsers) {
      const accounts = args[0] as string[]
      const found = accounts.flatMap((a) => {
        const card = this.users.get(a)
        return card ? [this.encode(card)] : []
      })
      this.reply(packet, [found])
    } else if (command === COMMANDS.updateMyInfo) {
      this.write(this.me, this.decode(args[0] as Record<string, unknown>))
      this.reply(packet, [this.clock])
    } else if (command === COMMANDS.updateFriend) {
      const friend = args[0] as Record<string, unknown>
      const account = String(friend[this.friendTags.account!])
      if (!this.friends.has(account)) return this.reply(packet, [], NOT_A_FRIEND)
      this.friends.set(account, String(friend[this.friendTags.alias!] ?? ''))
      this.reply(packet, [])
    } else if (command === COMMANDS.getFriends) {
      this.reply(packet, [this.friendList(), this.clock])
    } else if (command === COMMANDS.sync) {
      this.push(12, 5, [this.friendList(), this.clock])
      this.push(3, 109, [this.encode(this.users.get(this.me) ?? { account: this.me }), this.clock])
      const friends = [...this.users.values()].filter((u) => u.account !== this.me)
      this.push(12, 6, [friends.map((u) => this.encode(u)), this.clock])
      this.reply(packet, [this.clock])
    } else {
      // Every other command (NOS host, push config, logout, ...) is accepted without content.
      this.reply(packet, [])
    }
  }

  private write(account: string, patch: Partial<ServerCard>): ServerCard {
    const card = { ...(this.users.get(account) ?? { account }), ...patch, updateTime: this.tick() }
    this.users.set(account, card)
    return card
  }

  private encode(card: Partial<ServerCard>): Record<number, unknown> {
    const wire: Record<number, unknown> = {}
    for (const [key, value] of Object.entries(card)) {
      const tag = this.tags[key]
      if (tag !== undefined && value !== undefined)
        wire[tag] = key === 'gender' ? GENDER_CODES[value as string] : value
    }
    return wire
  }

  private decode(wire: Record<string, unknown>): Partial<ServerCard> {
    const card: Record<string, unknown> = {}
    for (const [key, tag] of Object.entries(this.tags)) {
      const value = wire[tag]
      if (value !== undefined) card[key] = key === 'gender' ? GENDER_NAMES[Number(value)] : value
    }
    return card as Partial<ServerCard>
  }

  private reply(packet: ClientPacket, r: unknown[], code = 200): void {
    this.deliver({ sid: packet.SID, cid: packet.CID, ser: packet.SER, code, r })
  }

  private push(sid: number, cid: number, r: unknown[]): void {
    this.deliver({ sid, cid, ser: 0, code: 200, r })
  }

  private deliver(packet: Record<string, unknown>): void {
    const protocol = this.requireProtocol()
    // A network hop: never synchronous.
    setTimeout(() => protocol.onMessage(JSON.stringify(packet)), 0)
  }

  private requireProtocol(): Protocol {
    if (!this.protocol) throw new Error('fake wire: the SDK never connected')
    return this.protocol
  }

  private tick(): number {
    return ++this.clock
  }
}

const GENDER_CODES: Record<string, number> = { unknown: 0, male: 1, female: 2 }
const GENDER_NAMES = ['unknown', 'male', 'female']
