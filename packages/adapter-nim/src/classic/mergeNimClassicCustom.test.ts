import { describe, expect, it } from 'vitest'
import { mergeNimClassicCustom } from './mergeNimClassicCustom'

describe('mergeNimClassicCustom', () => {
  it('keeps keys it does not know and deletes on null', () => {
    expect(
      JSON.parse(mergeNimClassicCustom('{"theme":"dark","team":"a","n":1}', { team: null, mood: 'ok' })),
    ).toEqual({
      theme: 'dark',
      n: 1,
      mood: 'ok',
    })
  })

  it('refuses a custom value that is not JSON, naming `custom`', () => {
    expect(() => mergeNimClassicCustom('vip', { team: 'core' })).toThrow(
      expect.objectContaining({
        code: 'invalid_argument',
        field: 'customFields',
        message: expect.stringContaining('`custom`'),
      }),
    )
  })

  it('refuses a result over 1,024 characters, naming `custom`', () => {
    expect(() => mergeNimClassicCustom('{}', { bio: 'x'.repeat(1100) })).toThrow(
      expect.objectContaining({
        field: 'customFields',
        message: expect.stringContaining('1,024 characters'),
      }),
    )
  })

  it('passes a bad value through with its key', () => {
    expect(() => mergeNimClassicCustom('{}', { team: 3 as unknown as string })).toThrow(
      expect.objectContaining({ field: 'customFields.team' }),
    )
  })
})
