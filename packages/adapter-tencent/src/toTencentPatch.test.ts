import { describe, expect, it } from 'vitest'
import type { ProfilePatch } from '@profile-kit/core/vanilla'
import { toTencentPatch } from './toTencentPatch'

describe('toTencentPatch', () => {
  it('maps every stored field to updateMyProfile options', () => {
    expect(
      toTencentPatch({
        nick: 'Ada',
        avatar: 'https://a.example/a.png',
        gender: 'male',
        selfSignature: 'hi',
        birthday: '1990-01-02',
        location: 'CN',
        allowType: 'allowAny',
        language: 1,
        level: 2,
        role: 3,
        customFields: { team: 'core', pronouns: null },
      }),
    ).toEqual({
      nick: 'Ada',
      avatar: 'https://a.example/a.png',
      gender: 'Gender_Type_Male',
      selfSignature: 'hi',
      birthday: 19900102,
      location: 'CN',
      allowType: 'AllowType_Type_AllowAny',
      language: 1,
      level: 2,
      role: 3,
      profileCustomField: [
        { key: 'Tag_Profile_Custom_team', value: 'core' },
        { key: 'Tag_Profile_Custom_pronouns', value: '' },
      ],
    })
  })

  it.each([
    ['unknown', 'Gender_Type_Unknown'],
    ['female', 'Gender_Type_Female'],
  ] as const)('writes gender %j as %j', (gender, expected) => {
    expect(toTencentPatch({ gender })).toEqual({ gender: expected })
  })

  it.each([
    ['needConfirm', 'AllowType_Type_NeedConfirm'],
    ['denyAny', 'AllowType_Type_DenyAny'],
  ] as const)('writes allowType %j as %j', (allowType, expected) => {
    expect(toTencentPatch({ allowType })).toEqual({ allowType: expected })
  })

  it.each([
    [{ messageSettings: 'receive' }, { messageSettings: 0 }],
    [{ messageSettings: 'doNotReceive' }, { messageSettings: 1 }],
    [{ adminForbidType: 'none' }, { adminForbidType: 'AdminForbid_Type_None' }],
    [{ adminForbidType: 'sendOut' }, { adminForbidType: 'AdminForbid_Type_SendOut' }],
  ] as const)('writes %j as %j', (patch, expected) => {
    expect(toTencentPatch(patch)).toEqual(expected)
  })

  it.each([
    { messageSettings: 1 },
    { messageSettings: 'reject' },
    { adminForbidType: 'AdminForbid_Type_None' },
  ])('rejects %j with invalid_argument naming the field', (patch) => {
    const field = Object.keys(patch)[0]
    expect(() => toTencentPatch(patch as unknown as ProfilePatch)).toThrow(
      expect.objectContaining({ code: 'invalid_argument', field }),
    )
  })

  it('clears the birthday with 0', () => {
    expect(toTencentPatch({ birthday: '' })).toEqual({ birthday: 0 })
  })

  it('leaves out undefined and null keys and an empty custom field list, which the SDK rejects', () => {
    const patch = { nick: undefined, avatar: null, customFields: {} } as unknown as ProfilePatch
    const options = toTencentPatch(patch)
    expect(options).toEqual({})
    expect(Object.keys(options)).toEqual([])
  })

  it.each([
    [{ email: 'a@b.c' }, 'email'],
    [{ phone: '123' }, 'phone'],
    [{ gender: 'other' }, 'gender'],
    [{ allowType: 'maybe' }, 'allowType'],
    [{ birthday: '02/01/1990' }, 'birthday'],
    [{ nick: 42 }, 'nick'],
    [{ level: Number.NaN }, 'level'],
    [{ customFields: { 'team-name': 'x' } }, 'customFields.team-name'],
    [{ customFields: { team: 5 } }, 'customFields.team'],
    [{ customFields: ['x'] }, 'customFields'],
    [{ userID: 'someone-else' }, 'userID'],
  ])('refuses %j as invalid_argument on %s', (patch, field) => {
    expect(() => toTencentPatch(patch as unknown as ProfilePatch)).toThrow(
      expect.objectContaining({ code: 'invalid_argument', field }),
    )
  })
})
