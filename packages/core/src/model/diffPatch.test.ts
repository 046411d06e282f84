import { describe, expect, it } from 'vitest'
import { diffPatch, isEmptyPatch } from './diffPatch'
import { normalizeProfile } from './normalizeProfile'

const me = normalizeProfile({ userID: 'me', nick: 'Ada', level: 3, customFields: { team: 'core' } })

describe('diffPatch', () => {
  it('keeps only the fields that differ from the current profile', () => {
    expect(diffPatch(me, { nick: 'Ada', location: 'Paris', level: 3, gender: 'unknown' })).toEqual({
      location: 'Paris',
    })
  })

  it('compares custom fields per key and writes removals as null', () => {
    const diff = diffPatch(me, { customFields: { team: '', absent: null, empty: '', city: 'Oslo' } })
    expect(diff).toEqual({ customFields: { team: null, city: 'Oslo' } })
  })

  it('returns {} when nothing changes', () => {
    const diff = diffPatch(me, {
      nick: 'Ada',
      nick2: 'x',
      customFields: { team: 'core', gone: null },
    } as never)
    expect(diff).toEqual({})
    expect(isEmptyPatch(diff)).toBe(true)
  })

  it('keeps a changed __proto__ custom field as an ordinary key', () => {
    const patch = JSON.parse('{"customFields":{"__proto__":"x"}}') as never
    const diff = diffPatch(me, patch)
    expect(Object.keys(diff.customFields ?? {})).toEqual(['__proto__'])
    expect(diff.customFields?.['__proto__']).toBe('x')
  })

  it('can clear a standard field to the empty string', () => {
    expect(diffPatch(me, { nick: '' })).toEqual({ nick: '' })
  })
})

describe('isEmptyPatch', () => {
  it('is true only when no field and no custom field would be sent', () => {
    expect(isEmptyPatch({})).toBe(true)
    expect(isEmptyPatch({ nick: undefined, customFields: { a: undefined } } as never)).toBe(true)
    expect(isEmptyPatch({ nick: '' })).toBe(false)
    expect(isEmptyPatch({ level: 0 })).toBe(false)
    expect(isEmptyPatch({ customFields: { a: null } })).toBe(false)
  })
})
