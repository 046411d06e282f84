import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ProfileError } from '../errors/ProfileError'
import { normalizeProfile } from './normalizeProfile'

const EMPTY = {
  userID: 'u1',
  nick: '',
  avatar: '',
  gender: 'unknown',
  selfSignature: '',
  birthday: '',
  location: '',
  allowType: 'needConfirm',
  messageSettings: 'receive',
  adminForbidType: 'none',
  email: '',
  phone: '',
  language: 0,
  level: 0,
  role: 0,
  customFields: {},
  updatedAt: 0,
}

describe('normalizeProfile', () => {
  it('fills every key with its default and freezes the profile and its custom fields', () => {
    const profile = normalizeProfile({ userID: 'u1' })
    expect(profile).toEqual(EMPTY)
    expect(Object.keys(profile).sort()).toEqual(Object.keys(EMPTY).sort())
    expect(Object.isFrozen(profile)).toBe(true)
    expect(Object.isFrozen(profile.customFields)).toBe(true)
    expect(Object.getPrototypeOf(profile.customFields)).toBe(Object.prototype)
  })

  it('keeps valid values as they are', () => {
    const raw = {
      userID: 'u1',
      nick: '小明 👍🏽',
      avatar: 'https://cdn.example.com/a.png',
      gender: 'female',
      selfSignature: 'hi',
      birthday: '2000-02-29',
      location: 'Hangzhou',
      allowType: 'denyAny',
      messageSettings: 'doNotReceive',
      adminForbidType: 'sendOut',
      email: 'a@example.com',
      phone: '+86 138',
      language: 2,
      level: 7,
      role: 1,
      customFields: { team: 'core' },
      updatedAt: 1700000000000,
    }
    expect(normalizeProfile(raw)).toEqual(raw)
  })

  it('never mutates its input and drops keys that are not part of a profile', () => {
    const raw = { userID: 'u1', nick: 5, customFields: { n: 1, gone: '' }, extra: 'x' }
    const copy = structuredClone(raw)
    const profile = normalizeProfile(raw)
    expect(raw).toEqual(copy)
    expect(profile).not.toHaveProperty('extra')
    expect(profile.customFields).toEqual({ n: '1' })
  })

  it('turns numbers into decimal strings and numeric strings into numbers', () => {
    const profile = normalizeProfile({
      userID: 'u1',
      nick: 42,
      phone: 13800000000,
      level: ' 12 ',
      role: '1e2',
    })
    expect(profile).toMatchObject({ nick: '42', phone: '13800000000', level: 12, role: 100 })
  })

  it('replaces NaN, Infinity, blank and non-numeric numbers with 0', () => {
    const profile = normalizeProfile({
      userID: 'u1',
      language: NaN,
      level: Infinity,
      role: 'abc',
      updatedAt: '',
    })
    expect(profile).toMatchObject({ language: 0, level: 0, role: 0, updatedAt: 0 })
    expect(normalizeProfile({ userID: 'u1', nick: NaN, location: -Infinity })).toMatchObject({
      nick: '',
      location: '',
    })
  })

  it('replaces unknown enum values and wrong types with defaults', () => {
    const profile = normalizeProfile({
      userID: 'u1',
      gender: 'Female',
      allowType: 1,
      // Tencent's own values: the adapter maps them, the model does not guess.
      messageSettings: 1,
      adminForbidType: 'AdminForbid_Type_SendOut',
      nick: { toString: () => 'x' },
      avatar: ['https://x'],
      email: null,
      phone: true,
    })
    expect(profile).toMatchObject({
      gender: 'unknown',
      allowType: 'needConfirm',
      messageSettings: 'receive',
      adminForbidType: 'none',
      nick: '',
      avatar: '',
      email: '',
      phone: '',
    })
  })

  it.each(['2023-02-29', '2024-13-01', '2024-00-10', '1990-1-1', '19900101', 'not a date', '0000-01-01'])(
    'clears the impossible birthday %s',
    (birthday) => {
      expect(normalizeProfile({ userID: 'u1', birthday }).birthday).toBe('')
    },
  )

  it('accepts a Date or numeric string as updatedAt and rejects negative stamps', () => {
    expect(normalizeProfile({ userID: 'u1', updatedAt: new Date(5000) }).updatedAt).toBe(5000)
    expect(normalizeProfile({ userID: 'u1', updatedAt: '123' }).updatedAt).toBe(123)
    expect(normalizeProfile({ userID: 'u1', updatedAt: -1 }).updatedAt).toBe(0)
    expect(normalizeProfile({ userID: 'u1', updatedAt: new Date(NaN) }).updatedAt).toBe(0)
  })

  it('stringifies number and boolean custom values and drops empty, null and object values', () => {
    const profile = normalizeProfile({
      userID: 'u1',
      customFields: { age: 30, vip: false, empty: '', none: null, obj: {}, list: ['a'], nan: NaN, ok: 'yes' },
    })
    expect(profile.customFields).toEqual({ age: '30', vip: 'false', ok: 'yes' })
  })

  it('treats custom fields that are not an object as none', () => {
    expect(normalizeProfile({ userID: 'u1', customFields: ['a', 'b'] }).customFields).toEqual({})
    expect(normalizeProfile({ userID: 'u1', customFields: 'team=core' }).customFields).toEqual({})
  })

  it('keeps __proto__, constructor and prototype as plain custom fields without polluting prototypes', () => {
    const raw: unknown = JSON.parse(
      '{"userID":"u1","customFields":{"__proto__":{"polluted":"yes"},"constructor":"c","prototype":"p","toString":"t"}}',
    )
    const profile = normalizeProfile(raw)
    expect(Object.keys(profile.customFields).sort()).toEqual(['constructor', 'prototype', 'toString'])
    expect(profile.customFields['constructor']).toBe('c')
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()

    const stringProto = normalizeProfile(JSON.parse('{"userID":"u1","customFields":{"__proto__":"evil"}}'))
    expect(Object.keys(stringProto.customFields)).toEqual(['__proto__'])
    expect(stringProto.customFields['__proto__']).toBe('evil')
    expect(Object.getPrototypeOf(stringProto.customFields)).toBe(Object.prototype)
    expect(Object.hasOwn(stringProto.customFields, 'hasOwnProperty')).toBe(false)
  })

  it('ignores a __proto__ key on the profile itself and inherited values', () => {
    const raw: unknown = JSON.parse('{"userID":"u1","__proto__":{"nick":"injected"}}')
    expect(normalizeProfile(raw).nick).toBe('')
    const inherited = Object.create({ nick: 'inherited' }) as object
    expect(normalizeProfile(Object.assign(inherited, { userID: 'u1' })).nick).toBe('')
  })

  it.each([
    [null, 'null'],
    [undefined, 'undefined'],
    [42, 'a number (42)'],
    ['u1', 'a string ("u1")'],
    [[{ userID: 'u1' }], 'an array'],
  ])('rejects %j, naming what it got', (raw, described) => {
    expect(() => normalizeProfile(raw)).toThrow(ProfileError)
    expect(() => normalizeProfile(raw)).toThrow(
      `A profile must be an object with a userID, but the adapter returned ${described}.`,
    )
  })

  it.each([{}, { userID: '' }, { userID: '   ' }, { userID: 7 }, { userID: null }])(
    'rejects %j for lacking a non-blank string userID',
    (raw) => {
      let error: unknown
      try {
        normalizeProfile(raw)
      } catch (caught) {
        error = caught
      }
      expect(error).toBeInstanceOf(ProfileError)
      expect(error).toMatchObject({
        code: 'unknown',
        message: expect.stringContaining('non-empty string userID'),
      })
    },
  )

  it('turns a throwing getter into a ProfileError instead of crashing', () => {
    const hostile = {
      userID: 'u1',
      get nick(): string {
        throw new Error('boom')
      },
    }
    expect(() => normalizeProfile(hostile)).toThrow(
      expect.objectContaining({
        code: 'unknown',
        message: 'Reading a profile returned by the adapter failed.',
      }),
    )
  })

  it('returns a profile it produced unchanged, and equal output for a copy of it', () => {
    const profile = normalizeProfile({ userID: 'u1', nick: 'Ada', customFields: { a: '1' } })
    expect(normalizeProfile(profile)).toBe(profile)
    const copy = normalizeProfile({ ...profile })
    expect(copy).not.toBe(profile)
    expect(copy).toEqual(profile)
  })

  it('is idempotent for any input (property)', () => {
    const anyValue = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom('female', 'male', 'unknown', 'allowAny', 'denyAny', '2024-02-29', '2023-02-29'),
    )
    const rawProfile = fc.record(
      {
        userID: fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
        nick: anyValue,
        gender: anyValue,
        allowType: anyValue,
        birthday: anyValue,
        level: anyValue,
        updatedAt: anyValue,
        customFields: fc.dictionary(fc.string(), anyValue),
      },
      { requiredKeys: ['userID'] },
    )
    fc.assert(
      fc.property(rawProfile, (raw) => {
        const once = normalizeProfile(raw)
        const twice = normalizeProfile({ ...once, customFields: { ...once.customFields } })
        expect(twice).toEqual(once)
        expect(Object.keys(twice.customFields)).toEqual(Object.keys(once.customFields))
      }),
    )
  })
})
