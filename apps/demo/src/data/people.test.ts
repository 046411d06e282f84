import { createMemoryAdapter } from '@profile-kit/core/vanilla'
import { describe, expect, it } from 'vitest'
import { demoSchema } from './demoSchema'
import { createPeople, me, ME_ID } from './people'

describe('createPeople', () => {
  it('creates 48 people with distinct IDs, none of them me', () => {
    const ids = createPeople().map((p) => p.userID)
    expect(ids).toHaveLength(48)
    expect(new Set(ids).size).toBe(48)
    expect(ids).not.toContain(ME_ID)
  })

  it('gives me a profile my own editor can save unchanged under the demo schema', async () => {
    const adapter = createMemoryAdapter({ me, profiles: createPeople(), schema: demoSchema })
    const { userID: _userID, ...patch } = me
    const stored = await adapter.updateMyProfile(patch)
    expect(stored).toMatchObject({ userID: ME_ID, nick: 'Alex Kim' })
  })

  it('fills the custom fields every person has with values the schema accepts', () => {
    const adapter = createMemoryAdapter({ me, profiles: createPeople(), schema: demoSchema })
    for (const person of createPeople()) {
      expect(() =>
        adapter.simulateRemoteChange(person.userID, { customFields: person.customFields ?? {} }),
      ).not.toThrow()
    }
  })
})
