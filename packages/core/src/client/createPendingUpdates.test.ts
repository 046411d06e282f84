import { describe, expect, it } from 'vitest'
import { normalizeProfile } from '../model/normalizeProfile'
import type { ProfilePatch } from '../model/profile'
import { createPendingUpdates, type UpdateTicket } from './createPendingUpdates'

const ticket = (diff: ProfilePatch): UpdateTicket => ({ diff, userID: 'me' })
const me = normalizeProfile({ userID: 'me', nick: 'Ada', location: 'London' })

describe('createPendingUpdates', () => {
  it('shows every pending diff, in order, over the base', () => {
    const pending = createPendingUpdates()
    const first = ticket({ nick: 'One' })
    expect(pending.add(first, me)).toMatchObject({ nick: 'One', location: 'London' })
    expect(pending.add(ticket({ nick: 'Two' }), me)).toMatchObject({ nick: 'Two' })
    expect(pending.base).toBe(me)
  })

  it('keeps a remote change in the base when an update is withdrawn', () => {
    const pending = createPendingUpdates()
    const rename = ticket({ nick: 'Rejected' })
    pending.add(rename, me)
    const remote = normalizeProfile({ ...me, location: 'Paris' })
    expect(pending.show(remote)).toMatchObject({ nick: 'Rejected', location: 'Paris' })
    pending.remove(rename)
    expect(pending.base).toBeUndefined()
  })
})
