import { describe, expect, it } from 'vitest'
import { ProfileError } from '@profile-kit/core/vanilla'
import { normalizeTencentProfile } from './normalizeTencentProfile'

const sdkProfile = () => ({
  userID: 'u1',
  nick: 'Ada',
  gender: 'Gender_Type_Female',
  birthday: 19900102,
  location: '',
  selfSignature: 'hi',
  allowType: 'AllowType_Type_DenyAny',
  language: 2,
  avatar: 'https://a.example/u1.png',
  messageSettings: 0,
  adminForbidType: 'AdminForbid_Type_None',
  level: 3,
  role: 4,
  lastUpdatedTime: 1_700_000_000_000,
  profileCustomField: [
    { key: 'Tag_Profile_Custom_team', value: 'core' },
    { key: 'Tag_Profile_Custom_age', value: 42 },
    { key: 'Tag_Profile_Custom_gone', value: '' },
  ],
})

describe('normalizeTencentProfile', () => {
  it('maps every Tencent field to the kit model', () => {
    expect(normalizeTencentProfile(sdkProfile())).toEqual({
      userID: 'u1',
      nick: 'Ada',
      avatar: 'https://a.example/u1.png',
      gender: 'female',
      selfSignature: 'hi',
      birthday: '1990-01-02',
      location: '',
      allowType: 'denyAny',
      messageSettings: 'receive',
      adminForbidType: 'none',
      email: '',
      phone: '',
      language: 2,
      level: 3,
      role: 4,
      customFields: { team: 'core', age: '42' },
      updatedAt: 1_700_000_000_000,
    })
  })

  it.each([
    ['Gender_Type_Unknown', 'unknown'],
    ['Gender_Type_Female', 'female'],
    ['Gender_Type_Male', 'male'],
    ['', 'unknown'],
  ])('reads gender %j as %j', (gender, expected) => {
    expect(normalizeTencentProfile({ userID: 'u1', gender }).gender).toBe(expected)
  })

  it.each([
    ['AllowType_Type_AllowAny', 'allowAny'],
    ['AllowType_Type_NeedConfirm', 'needConfirm'],
    ['AllowType_Type_DenyAny', 'denyAny'],
    ['', 'allowAny'],
    [undefined, 'allowAny'],
  ])('reads allowType %j as %j', (allowType, expected) => {
    expect(normalizeTencentProfile({ userID: 'u1', allowType }).allowType).toBe(expected)
  })

  it.each([
    [0, 'receive'],
    [1, 'doNotReceive'],
    // A flag field: bit 0 decides; other bits are Tencent's own.
    [3, 'doNotReceive'],
    [2, 'receive'],
    [undefined, 'receive'],
    [-1, 'receive'],
  ])('reads messageSettings %j as %j', (messageSettings, expected) => {
    expect(normalizeTencentProfile({ userID: 'u1', messageSettings }).messageSettings).toBe(expected)
  })

  it.each([
    ['AdminForbid_Type_None', 'none'],
    ['AdminForbid_Type_SendOut', 'sendOut'],
    ['', 'none'],
  ])('reads adminForbidType %j as %j', (adminForbidType, expected) => {
    expect(normalizeTencentProfile({ userID: 'u1', adminForbidType }).adminForbidType).toBe(expected)
  })

  it.each([
    [19900102, '1990-01-02'],
    [20240229, '2024-02-29'],
    [0, ''],
    [20230229, ''],
    [1_700_000_000, ''],
    [19900102.5, ''],
  ])('reads birthday %j as %j', (birthday, expected) => {
    expect(normalizeTencentProfile({ userID: 'u1', birthday }).birthday).toBe(expected)
  })

  it('drops the custom field prefix, empty values and tags that are not custom', () => {
    const profile = normalizeTencentProfile({
      userID: 'u1',
      profileCustomField: [
        { key: 'Tag_Profile_Custom___proto__', value: 'safe' },
        { key: 'Tag_Profile_IM_Nick', value: 'not custom' },
        { key: 'Tag_Profile_Custom_obj', value: { nested: true } },
        null,
      ],
    })
    expect(Object.keys(profile.customFields)).toEqual(['__proto__'])
    expect(profile.customFields['__proto__']).toBe('safe')
    expect(Object.getPrototypeOf(profile.customFields)).toBe(Object.prototype)
  })

  it('copies the SDK object instead of keeping it', () => {
    const raw = sdkProfile()
    const profile = normalizeTencentProfile(raw)
    raw.nick = 'changed by the SDK'
    raw.profileCustomField[0]!.value = 'changed'
    expect(profile.nick).toBe('Ada')
    expect(profile.customFields.team).toBe('core')
    expect(Object.isFrozen(profile)).toBe(true)
  })

  it('rejects a profile without userID as a ProfileError', () => {
    expect(() => normalizeTencentProfile({ nick: 'x' })).toThrow(ProfileError)
    expect(() => normalizeTencentProfile(undefined)).toThrow(ProfileError)
  })
})
