import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validatePatch } from '@profile-kit/core/vanilla'
import { createTencentSchema } from './createTencentSchema'
import { fromTencentBirthday, toTencentBirthday } from './tencentBirthday'

describe('Tencent birthday (property)', () => {
  it('every birthday validatePatch accepts for Tencent reads back as written', () => {
    const date = fc
      .date({
        min: new Date('0001-01-01T00:00:00Z'),
        max: new Date('9999-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((value) => value.toISOString().slice(0, 10))
    fc.assert(
      fc.property(date, (birthday) => {
        expect(validatePatch({ birthday }, createTencentSchema())).toEqual([])
        expect(fromTencentBirthday(toTencentBirthday(birthday))).toBe(birthday)
      }),
      { seed: 11, numRuns: 2000 },
    )
  })

  it('keeps 0999-12-31', () => {
    expect(fromTencentBirthday(toTencentBirthday('0999-12-31'))).toBe('0999-12-31')
  })
})
