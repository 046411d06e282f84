import { describe, expect, it } from 'vitest'
import { ProfileError } from '@profile-kit/core/vanilla'
import { normalizeNimProfile } from './normalizeNimProfile'

const nimUser = () => ({
  accountId: 'ada',
  name: 'Ada',
  avatar: 'https://a.example/ada.png',
  sign: 'hi',
  gender: 2,
  email: 'ada@example.com',
  birthday: '1990-01-02',
  mobile: '+86 123',
  serverExtension: '{"team":"core","age":42,"vip":true,"tags":["x"],"gone":""}',
  createTime: 1,
  updateTime: 1_700_000_000_000,
})

describe('normalizeNimProfile', () => {
  it('maps every V2NIMUser field to the kit model, with defaults for what NetEase lacks', () => {
    expect(normalizeNimProfile(nimUser())).toEqual({
      userID: 'ada',
      nick: 'Ada',
      avatar: 'https://a.example/ada.png',
      gender: 'female',
      selfSignature: 'hi',
      birthday: '1990-01-02',
      location: '',
      allowType: 'allowAny',
      messageSettings: 'receive',
      adminForbidType: 'none',
      email: 'ada@example.com',
      phone: '+86 123',
      language: 0,
      level: 0,
      role: 0,
      customFields: { team: 'core', age: '42', vip: 'true' },
      updatedAt: 1_700_000_000_000,
    })
  })

  it.each([
    [0, 'unknown'],
    [1, 'male'],
    [2, 'female'],
    [7, 'unknown'],
    [undefined, 'unknown'],
  ])('reads gender %j as %j', (gender, expected) => {
    expect(normalizeNimProfile({ accountId: 'a', gender }).gender).toBe(expected)
  })

  it.each([
    ['1990-01-02', '1990-01-02'],
    ['1990/01/02', '1990-01-02'],
    ['19900102', '1990-01-02'],
    ['1990-0102', ''],
    ['1990-02-30', ''],
    ['spring', ''],
    [undefined, ''],
  ])('reads birthday %j as %j', (birthday, expected) => {
    expect(normalizeNimProfile({ accountId: 'a', birthday }).birthday).toBe(expected)
  })

  it('reads absent fields (NetEase omits unset ones) as empty, and updatedAt 0 without updateTime', () => {
    const profile = normalizeNimProfile({ accountId: 'a', name: 'A', createTime: 1 })
    expect(profile).toMatchObject({ avatar: '', selfSignature: '', email: '', phone: '', customFields: {} })
    expect(profile.updatedAt).toBe(0)
  })

  it('has no custom fields for an extension that is not a JSON object, and stays safe with __proto__', () => {
    expect(normalizeNimProfile({ accountId: 'a', serverExtension: 'plain text' }).customFields).toEqual({})
    expect(normalizeNimProfile({ accountId: 'a', serverExtension: '[1,2]' }).customFields).toEqual({})
    const profile = normalizeNimProfile({ accountId: 'a', serverExtension: '{"__proto__":"x"}' })
    expect(profile.customFields['__proto__']).toBe('x')
    expect(Object.getPrototypeOf(profile.customFields)).toBe(Object.prototype)
  })

  it('copies the SDK object instead of keeping it', () => {
    const raw = nimUser()
    const profile = normalizeNimProfile(raw)
    raw.name = 'changed by the SDK'
    expect(profile.nick).toBe('Ada')
    expect(Object.isFrozen(profile)).toBe(true)
  })

  it('rejects a user without accountId as a ProfileError', () => {
    expect(() => normalizeNimProfile({ name: 'x' })).toThrow(ProfileError)
    expect(() => normalizeNimProfile(null)).toThrow(ProfileError)
  })
})
