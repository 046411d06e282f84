import { describe, expect, it } from 'vitest'
import { normalizeProfile } from './normalizeProfile'
import { profilesEqual } from './profilesEqual'

const base = { userID: 'u1', nick: 'Ada', customFields: { team: 'core' }, updatedAt: 5 }

describe('profilesEqual', () => {
  it('is true for separate objects holding the same profile', () => {
    expect(profilesEqual(normalizeProfile(base), normalizeProfile({ ...base }))).toBe(true)
  })

  it.each([
    ['a standard field', { nick: 'Eve' }],
    ['a number field', { level: 1 }],
    ['updatedAt', { updatedAt: 6 }],
    ['the userID', { userID: 'u2' }],
    ['a custom value', { customFields: { team: 'web' } }],
    ['a custom key', { customFields: { squad: 'core' } }],
    ['an extra custom key', { customFields: { team: 'core', city: 'Oslo' } }],
  ])('is false when %s differs', (_, change) => {
    expect(profilesEqual(normalizeProfile(base), normalizeProfile({ ...base, ...change }))).toBe(false)
  })

  it('tells null, undefined and profiles apart', () => {
    expect(profilesEqual(null, null)).toBe(true)
    expect(profilesEqual(undefined, undefined)).toBe(true)
    expect(profilesEqual(null, undefined)).toBe(false)
    expect(profilesEqual(normalizeProfile(base), null)).toBe(false)
  })

  it('compares a __proto__ custom field like any other', () => {
    const a = normalizeProfile(JSON.parse('{"userID":"u1","customFields":{"__proto__":"x"}}'))
    const b = normalizeProfile(JSON.parse('{"userID":"u1","customFields":{"__proto__":"y"}}'))
    const c = normalizeProfile(JSON.parse('{"userID":"u1","customFields":{}}'))
    expect(profilesEqual(a, b)).toBe(false)
    expect(profilesEqual(a, c)).toBe(false)
  })
})
