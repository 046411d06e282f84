import { type MemoryAdapter, type ProfileAdapter } from '@profile-kit/core'
import { createMemoryAdapter } from '@profile-kit/core/vanilla'
import type { Conversation } from '../data/chatModel'
import { createConversations } from '../data/createConversations'
import { demoSchema } from '../data/demoSchema'
import { createPeople, me, ME_ID } from '../data/people'
import { useDemoStore } from '../state/useDemoStore'
import { instrumentAdapter } from './instrumentAdapter'

/** Everything the page runs on: the backend and the chat it shows. */
export interface DemoBackend {
  /** The memory adapter itself: the controls configure it and simulate remote changes with it. */
  memory: MemoryAdapter
  /** What the kit talks to: the memory adapter, with every call logged in the store. */
  adapter: ProfileAdapter
  conversations: readonly Conversation[]
  myID: string
}

/**
 * The demo's backend: 48 people and me in a memory adapter with the demo schema, its latency and
 * failure rate following the store's controls, and every call recorded in the store's log.
 *
 * @example
 * ```tsx
 * const backend = createDemoBackend()
 * <ProfileProvider adapter={backend.adapter}>...</ProfileProvider>
 * ```
 */
export function createDemoBackend(): DemoBackend {
  const people = createPeople()
  const store = useDemoStore
  const { latencyMs, failurePercent } = store.getState()
  const memory = createMemoryAdapter({
    me,
    profiles: people,
    schema: demoSchema,
    latencyMs,
    failureRate: failurePercent / 100,
  })
  store.subscribe((state, previous) => {
    if (state.latencyMs !== previous.latencyMs || state.failurePercent !== previous.failurePercent) {
      memory.configure({ latencyMs: state.latencyMs, failureRate: state.failurePercent / 100 })
    }
  })
  const adapter = instrumentAdapter(memory, {
    start(call) {
      const id = store.getState().startCall(call)
      return (outcome) => store.getState().endCall(id, outcome)
    },
  })
  return { memory, adapter, conversations: createConversations(people, ME_ID), myID: ME_ID }
}
