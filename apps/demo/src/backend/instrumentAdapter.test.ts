import { ProfileError } from '@profile-kit/core'
import { createMemoryAdapter } from '@profile-kit/core/vanilla'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AdapterCall, CallOutcome } from './adapterCall'
import { instrumentAdapter } from './instrumentAdapter'

type Logged = Pick<AdapterCall, 'method' | 'ids' | 'fields'> & { outcome: CallOutcome }

afterEach(() => {
  vi.useRealTimers()
})

function setup() {
  const memory = createMemoryAdapter({
    me: { userID: 'me', nick: 'Me' },
    profiles: [{ userID: 'ada', nick: 'Ada' }],
  })
  const log: Logged[] = []
  const adapter = instrumentAdapter(memory, {
    start(call) {
      const entry: Logged = { ...call, outcome: 'pending' }
      log.push(entry)
      return (outcome) => {
        entry.outcome = outcome
      }
    },
  })
  return { memory, adapter, log }
}

describe('instrumentAdapter', () => {
  it('passes answers through and logs method, number of IDs and outcome', async () => {
    const { adapter, log } = setup()
    const profiles = await adapter.getUserProfiles(['ada', 'nobody'])
    expect(profiles.map((p) => p.nick)).toEqual(['Ada'])
    expect(log).toEqual([{ method: 'getUserProfiles', ids: 2, fields: [], outcome: 'ok' }])
  })

  it('logs a call as pending until it settles', async () => {
    const { adapter, log } = setup()
    const call = adapter.getMyProfile()
    expect(log[0]?.outcome).toBe('pending')
    await call
    expect(log[0]?.outcome).toBe('ok')
  })

  it('names the fields a save sends, custom fields by key', async () => {
    const { adapter, log } = setup()
    await adapter.updateMyProfile({ nick: 'New', customFields: { team: 'design' } })
    expect(log[0]?.fields).toEqual(['nick', 'customFields.team'])
  })

  it('rethrows failures unchanged and logs their code', async () => {
    const { memory, adapter, log } = setup()
    memory.configure({ failureRate: 1, failureCode: 'network' })
    const failure = adapter.getMyProfile()
    await expect(failure).rejects.toBeInstanceOf(ProfileError)
    await expect(failure).rejects.toMatchObject({ code: 'network' })
    expect(log[0]?.outcome).toBe('network')
  })

  it('keeps the schema and the live events of the wrapped adapter', async () => {
    vi.useFakeTimers()
    const { memory, adapter } = setup()
    expect(adapter.schema).toBe(memory.schema)
    const heard: string[] = []
    const unsubscribe = adapter.subscribe?.((changes) => heard.push(...changes.map((c) => c.nick ?? '')))
    memory.simulateRemoteChange('ada', { nick: 'Ada L.' })
    await vi.advanceTimersByTimeAsync(10)
    unsubscribe?.()
    expect(heard).toEqual(['Ada L.'])
  })
})
