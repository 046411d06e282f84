import { describe, expect, it } from 'vitest'
import { applyPatch } from './applyPatch'
import { normalizeProfile } from './normalizeProfile'

const ada = normalizeProfile({
  userID: 'u1',
  nick: 'Ada',
  gender: 'female',
  customFields: { team: 'core', city: 'London' },
  updatedAt: 100,
})

describe('applyPatch', () => {
  it('returns the very same object when the change changes nothing', () => {
    expect(applyPatch(ada, {})).toBe(ada)
    expect(applyPatch(ada, { nick: 'Ada', gender: 'female' })).toBe(ada)
    expect(applyPatch(ada, { customFields: { team: 'core', absent: null, alsoAbsent: '' } })).toBe(ada)
    expect(applyPatch(ada, { userID: 'u1', nick: undefined, updatedAt: 50 })).toBe(ada)
  })

  it('merges standard fields into a new frozen profile without touching the old one', () => {
    const next = applyPatch(ada, { nick: 'Ada L.', location: 'Paris' })
    expect(next).toMatchObject({ nick: 'Ada L.', location: 'Paris', gender: 'female' })
    expect(Object.isFrozen(next)).toBe(true)
    expect(ada.nick).toBe('Ada')
  })

  it('merges custom fields per key; null and empty string remove a key', () => {
    const next = applyPatch(ada, { customFields: { team: null, city: '', role: 'lead' } })
    expect(next.customFields).toEqual({ role: 'lead' })
    expect(Object.getPrototypeOf(next.customFields)).toBe(Object.prototype)
    expect(Object.isFrozen(next.customFields)).toBe(true)
  })

  it('ignores the userID of a change', () => {
    expect(applyPatch(ada, { userID: 'someone-else', nick: 'Eve' })).toMatchObject({
      userID: 'u1',
      nick: 'Eve',
    })
  })

  it('takes updatedAt from the change only when it is newer', () => {
    expect(applyPatch(ada, { userID: 'u1', nick: 'Eve', updatedAt: 50 }).updatedAt).toBe(100)
    expect(applyPatch(ada, { userID: 'u1', nick: 'Eve', updatedAt: 200 }).updatedAt).toBe(200)
    expect(applyPatch(ada, { userID: 'u1', updatedAt: 300 })).toMatchObject({ nick: 'Ada', updatedAt: 300 })
  })

  it('ignores unusable values in a backend event instead of erasing good data', () => {
    const event = JSON.parse(
      '{"userID":"u1","gender":"robot","birthday":"2023-02-30","level":"high","customFields":{"team":{"x":1}}}',
    ) as { userID: string }
    expect(applyPatch(ada, event)).toBe(ada)
  })

  it('coerces loose event values the way normalizeProfile does', () => {
    const event = JSON.parse('{"userID":"u1","nick":7,"level":"3","customFields":{"age":30}}') as {
      userID: string
    }
    expect(applyPatch(ada, event)).toMatchObject({ nick: '7', level: 3, customFields: { age: '30' } })
  })

  it('stores a custom field named __proto__ as a plain key', () => {
    const change = JSON.parse('{"userID":"u1","customFields":{"__proto__":"x"}}') as { userID: string }
    const next = applyPatch(ada, change)
    expect(Object.keys(next.customFields)).toContain('__proto__')
    expect(next.customFields['__proto__']).toBe('x')
    expect(({} as Record<string, unknown>)['x']).toBeUndefined()
    const removal = JSON.parse('{"customFields":{"__proto__":null}}') as {
      customFields: Record<string, null>
    }
    expect(Object.keys(applyPatch(next, removal).customFields)).not.toContain('__proto__')
  })

  it('normalizes a profile that did not come from normalizeProfile', () => {
    const loose = { userID: 'u2', nick: 'Bo' } as never
    expect(applyPatch(loose, { location: 'Oslo' })).toMatchObject({
      nick: 'Bo',
      location: 'Oslo',
      gender: 'unknown',
    })
  })
})
