import { describe, expect, it } from 'vitest'
import { changeFromNimClassicCard, profileFromNimClassicCard } from './nimClassicCard'
import { toNimClassicPatch } from './toNimClassicPatch'

describe('profileFromNimClassicCard', () => {
  it('maps every field the classic SDK stores', () => {
    const profile = profileFromNimClassicCard({
      account: 'ada',
      nick: 'Ada',
      avatar: 'https://example.com/a.png',
      sign: 'hi',
      gender: 'female',
      email: 'a@b.c',
      birth: '1990/01/02',
      tel: '123',
      custom: '{"team":"core"}',
      createTime: 1,
      updateTime: 2,
    })
    expect(profile).toMatchObject({
      userID: 'ada',
      nick: 'Ada',
      avatar: 'https://example.com/a.png',
      selfSignature: 'hi',
      gender: 'female',
      email: 'a@b.c',
      birthday: '1990-01-02',
      phone: '123',
      customFields: { team: 'core' },
      updatedAt: 2,
    })
  })
})

describe('changeFromNimClassicCard', () => {
  it('carries only the fields the card holds', () => {
    expect(changeFromNimClassicCard({ account: 'ada', sign: '', updateTime: 3 })).toEqual({
      userID: 'ada',
      selfSignature: '',
      updatedAt: 3,
    })
  })

  it('ignores a card without an account', () => {
    expect(changeFromNimClassicCard({ nick: 'x' })).toBeUndefined()
  })
})

describe('toNimClassicPatch', () => {
  it('writes the names updateMyInfo takes', () => {
    expect(
      toNimClassicPatch({
        nick: 'A',
        selfSignature: 's',
        phone: '1',
        birthday: '2000-01-31',
        gender: 'male',
        email: '',
      }),
    ).toEqual({ nick: 'A', sign: 's', tel: '1', birth: '2000-01-31', gender: 'male', email: '' })
  })

  it.each([
    [{ location: 'x' }, 'location'],
    [{ gender: 'other' }, 'gender'],
    [{ birthday: '02/01/2000' }, 'birthday'],
    [{ nick: 3 }, 'nick'],
  ])('refuses %j with a ProfileError naming the field', (patch, field) => {
    expect(() => toNimClassicPatch(patch as never)).toThrow(
      expect.objectContaining({ code: 'invalid_argument', field }),
    )
  })
})
