import { type MemoryPresenceOptions, type ProfileAdapter } from '@profile-kit/core'
import { createMemoryAdapter, type SeedFriend } from '@profile-kit/core/vanilla'
import type { Conversation } from '../data/chatModel'
import { createConversations } from '../data/createConversations'
import { demoRemarks } from '../data/demoRemarks'
import { demoSchema } from '../data/demoSchema'
import { createPeople, me, ME_ID } from '../data/people'
import { useDemoStore } from '../state/useDemoStore'
import type { BackendKind } from './backendKind'
import { createNimBackend } from './createNimBackend'
import { createNimClassicBackend } from './createNimClassicBackend'
import { createTencentBackend } from './createTencentBackend'
import { instrumentAdapter } from './instrumentAdapter'
import type { SimulatedBackend } from './simulatedBackend'
import { withSimulatedNetwork } from './withSimulatedNetwork'

/** Everything the page runs on: the backend and the chat it shows. */
export interface DemoBackend extends Omit<SimulatedBackend, 'adapter'> {
  /** What the kit talks to: the backend's adapter, with every call logged in the store. */
  adapter: ProfileAdapter
  conversations: readonly Conversation[]
  myID: string
}

/**
 * The demo's backend: 48 people and me, with the demo schema, on the memory adapter or on a vendor
 * adapter over its SDK double (`kind`); its latency and failure rate follow the store's controls,
 * and every call is recorded in the store's log.
 *
 * @example
 * ```tsx
 * const backend = createDemoBackend('tencent')
 * <ProfileProvider adapter={backend.adapter}>...</ProfileProvider>
 * ```
 */
export function createDemoBackend(kind: BackendKind = 'memory'): DemoBackend {
  const people = createPeople()
  const store = useDemoStore
  const backend = kind === 'memory' ? createMemoryBackend(people) : createVendorBackend(kind, people)
  const adapter = instrumentAdapter(backend.adapter, {
    start(call) {
      const id = store.getState().startCall(call)
      return (outcome) => store.getState().endCall(id, outcome)
    },
  })
  return { ...backend, adapter, conversations: createConversations(people, ME_ID), myID: ME_ID }
}

function createMemoryBackend(people: ReturnType<typeof createPeople>): SimulatedBackend {
  const store = useDemoStore
  const { latencyMs, failurePercent } = store.getState()
  const friends = demoFriends(people)
  const memory = createMemoryAdapter({
    me,
    profiles: people,
    schema: demoSchema,
    latencyMs,
    failureRate: failurePercent / 100,
    presence: demoPresence(people),
    friends,
  })
  store.subscribe((state, previous) => {
    if (state.latencyMs !== previous.latencyMs || state.failurePercent !== previous.failurePercent) {
      memory.configure({ latencyMs: state.latencyMs, failureRate: state.failurePercent / 100 })
    }
  })
  return {
    kind: 'memory',
    adapter: memory,
    storedNick: (userID) => memory.getStored(userID)?.nick,
    simulateRemoteChange: (userID, patch) => void memory.simulateRemoteChange(userID, patch),
    friendIDs: friends.map((friend) => friend.userID),
    simulateRemoteRemark: (userID, remark) => memory.simulateRemoteRemark(userID, remark),
  }
}

/**
 * Who is online at the start: me and every third person; the others were last seen up to two days ago.
 * Every 4 s someone comes online or leaves, so the indicators visibly change.
 */
function demoPresence(people: ReturnType<typeof createPeople>): MemoryPresenceOptions {
  const now = Date.now()
  return {
    // I am online, as the signed-in user of a chat always is.
    online: [ME_ID, ...people.filter((_, index) => index % 3 === 0).map((person) => person.userID)],
    lastSeenAt: Object.fromEntries(people.map((person, index) => [person.userID, now - index * 53 * 60_000])),
    churnMs: 4_000,
  }
}

/** Every other person is my friend, two of them with a remark I gave them. */
function demoFriends(people: ReturnType<typeof createPeople>): SeedFriend[] {
  const remarks = demoRemarks(people)
  return people
    .filter((_, index) => index % 2 === 0)
    .map(({ userID }) => ({ userID, ...(remarks[userID] ? { remark: remarks[userID] } : {}) }))
}

const VENDORS = {
  tencent: createTencentBackend,
  nim: createNimBackend,
  'nim-classic': createNimClassicBackend,
} satisfies Record<Exclude<BackendKind, 'memory'>, unknown>

function createVendorBackend(
  kind: Exclude<BackendKind, 'memory'>,
  people: ReturnType<typeof createPeople>,
): SimulatedBackend {
  const backend = VENDORS[kind](people, me)
  const adapter = withSimulatedNetwork(keepsPhotosInPage(backend.adapter), () => {
    const { latencyMs, failurePercent } = useDemoStore.getState()
    return { latencyMs, failureRate: failurePercent / 100 }
  })
  return { ...backend, adapter }
}

/**
 * The SDK doubles (and the Tencent demo's stand-in for the app's storage) keep uploaded photos as
 * `blob:` URLs of this page, so the page shows them without a network: the schema the kit sees
 * says so. A real vendor backend stores https URLs only.
 */
function keepsPhotosInPage(adapter: ProfileAdapter): ProfileAdapter {
  return { ...adapter, schema: { ...adapter.schema, avatarObjectUrls: true } }
}
