import { QueryClient } from '@tanstack/react-query'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createProfileClient } from '../client/createProfileClient'
import { createMemoryAdapter } from '../memory/createMemoryAdapter'
import { presenceOf } from './presenceOf'

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-12-03T09:00:00Z') })
})
afterEach(() => {
  vi.useRealTimers()
})

/** Two engines over one backend, as two providers with different scopes over one SDK make. */
function twoEngines() {
  const adapter = createMemoryAdapter({ me: { userID: 'me' }, presence: { online: ['ada'] } })
  const options = { presence: { graceMs: 30_000 } }
  const first = createProfileClient(adapter, new QueryClient(), { ...options, scope: 'first' })
  const second = createProfileClient(adapter, new QueryClient(), { ...options, scope: 'second' })
  return { adapter, first, second }
}

describe('presenceOf', () => {
  it('keeps a user subscribed while any engine over the backend still shows her', async () => {
    const { adapter, first, second } = twoEngines()
    const stopFirst = presenceOf(first).watch(['ada'])
    presenceOf(second).watch(['ada'])
    const heard = vi.fn()
    presenceOf(second).listen(['ada'], heard)
    await vi.advanceTimersByTimeAsync(500)
    expect(presenceOf(second).get('ada').state).toBe('online')

    stopFirst()
    await vi.advanceTimersByTimeAsync(30_000 + 500)
    expect(adapter.presence.subscribedUserIDs()).toEqual(['ada'])
    expect(adapter.presence.calls.map((call) => call.kind)).not.toContain('unsubscribe')
    adapter.simulatePresence('ada', false)
    await vi.advanceTimersByTimeAsync(0)
    expect(heard).toHaveBeenCalled()
    expect(presenceOf(second).get('ada').state).toBe('offline')
  })

  it('subscribes shown users again when any engine over the backend resets its session', async () => {
    const { adapter, first, second } = twoEngines()
    presenceOf(first).watch(['ada'])
    presenceOf(second).watch(['ada'])
    await vi.advanceTimersByTimeAsync(500)
    adapter.simulateSessionReset()
    second.reset()
    expect(presenceOf(first).get('ada').state).toBe('unknown')
    await vi.advanceTimersByTimeAsync(500)
    expect(adapter.presence.calls.map((call) => call.kind)).toEqual(['subscribe', 'subscribe'])
    expect(presenceOf(first).get('ada').state).toBe('online')
  })
})
