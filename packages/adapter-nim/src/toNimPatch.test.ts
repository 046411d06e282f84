import { describe, expect, it } from 'vitest'
import type { ProfilePatch } from '@profile-kit/core/vanilla'
import { toNimPatch } from './toNimPatch'

describe('toNimPatch', () => {
  it('maps every stored field to updateSelfUserProfile params', () => {
    expect(
      toNimPatch({
        nick: 'Ada',
        avatar: 'https://a.example/a.png',
        gender: 'male',
        selfSignature: 'hi',
        birthday: '1990-01-02',
        email: 'a@b.c',
        phone: '123',
      }),
    ).toEqual({
      name: 'Ada',
      avatar: 'https://a.example/a.png',
      gender: 1,
      sign: 'hi',
      birthday: '1990-01-02',
      email: 'a@b.c',
      mobile: '123',
    })
  })

  it.each([
    ['unknown', 0],
    ['male', 1],
    ['female', 2],
  ] as const)('writes gender %j as %j', (gender, expected) => {
    expect(toNimPatch({ gender })).toEqual({ gender: expected })
  })

  it("clears text fields with '' and leaves out undefined and null keys", () => {
    const patch = {
      birthday: '',
      selfSignature: '',
      nick: undefined,
      avatar: null,
    } as unknown as ProfilePatch
    expect(toNimPatch(patch)).toEqual({ birthday: '', sign: '' })
  })

  it.each([
    [{ location: 'x' }, 'location'],
    [{ allowType: 'denyAny' }, 'allowType'],
    [{ language: 1 }, 'language'],
    [{ level: 1 }, 'level'],
    [{ role: 1 }, 'role'],
    [{ gender: 'other' }, 'gender'],
    [{ birthday: '02/01/1990' }, 'birthday'],
    [{ nick: 5 }, 'nick'],
    [{ userID: 'x' }, 'userID'],
  ])('refuses %j as invalid_argument on %s', (patch, field) => {
    expect(() => toNimPatch(patch as unknown as ProfilePatch)).toThrow(
      expect.objectContaining({ code: 'invalid_argument', field }),
    )
  })
})
