import { describe, expect, it } from 'vitest'
import type { TencentProfile } from './tencentTypes'
import { toPushedProfileChange } from './toPushedProfileChange'

/** What 3.6.6 builds from a push alone: every field the push did not carry at the SDK's default. */
const builtFromPush = (pushed: Partial<TencentProfile>): Partial<TencentProfile> & { userID: string } => ({
  userID: 'ada',
  nick: '',
  gender: '' as TencentProfile['gender'],
  birthday: 0,
  location: '',
  selfSignature: '',
  allowType: 'AllowType_Type_AllowAny' as TencentProfile['allowType'],
  language: 0,
  avatar: '',
  messageSettings: 0,
  adminForbidType: 'AdminForbid_Type_None' as TencentProfile['adminForbidType'],
  level: 0,
  role: 0,
  lastUpdatedTime: 1_700_000_000_000,
  profileCustomField: [],
  ...pushed,
})

describe('toPushedProfileChange', () => {
  it('keeps only fields off the SDK defaults, mapped to the kit model', () => {
    const change = toPushedProfileChange(
      builtFromPush({
        selfSignature: 'Weaving',
        gender: 'Gender_Type_Female' as TencentProfile['gender'],
        birthday: 18151210,
        allowType: 'AllowType_Type_DenyAny' as TencentProfile['allowType'],
        level: 3,
        messageSettings: 1,
        adminForbidType: 'AdminForbid_Type_SendOut' as TencentProfile['adminForbidType'],
      }),
    )
    expect(change).toEqual({
      userID: 'ada',
      selfSignature: 'Weaving',
      gender: 'female',
      birthday: '1815-12-10',
      allowType: 'denyAny',
      messageSettings: 'doNotReceive',
      adminForbidType: 'sendOut',
      level: 3,
      updatedAt: 1_700_000_000_000,
    })
  })

  it('carries pushed custom fields without the prefix', () => {
    const change = toPushedProfileChange(
      builtFromPush({ profileCustomField: [{ key: 'Tag_Profile_Custom_team', value: 'core' }] }),
    )
    expect(change).toEqual({ userID: 'ada', customFields: { team: 'core' }, updatedAt: 1_700_000_000_000 })
  })

  it('never carries an empty nick or other defaults, even when the push may have set them', () => {
    const change = toPushedProfileChange(builtFromPush({}))
    expect(Object.keys(change).sort()).toEqual(['updatedAt', 'userID'])
  })
})
