import { describe, expect, it } from 'vitest'
import { mergeNimExtension, parseNimExtension } from './nimExtension'

describe('parseNimExtension', () => {
  it.each([
    [undefined, 'empty'],
    ['', 'empty'],
    ['{"a":"1"}', 'json'],
    ['not json', 'text'],
    ['[1]', 'text'],
    ['42', 'text'],
    ['"quoted"', 'text'],
    ['null', 'text'],
  ])('classifies %j as %s', (raw, kind) => {
    expect(parseNimExtension(raw).kind).toBe(kind)
  })
})

describe('mergeNimExtension', () => {
  it('keeps keys the kit does not know, deletes null and empty values, adds new keys', () => {
    const stored = '{"team":"core","theme":{"dark":true},"pronouns":"she","old":"x"}'
    const merged = mergeNimExtension(stored, { team: 'web', pronouns: null, old: '', mood: 'ok' })
    expect(JSON.parse(merged)).toEqual({ team: 'web', theme: { dark: true }, mood: 'ok' })
  })

  it('starts a JSON object when nothing is stored', () => {
    expect(mergeNimExtension(undefined, { team: 'core' })).toBe('{"team":"core"}')
    expect(mergeNimExtension('', { team: null })).toBe('{}')
  })

  it('keeps the JSON type of numbers and booleans other clients stored', () => {
    const merged = mergeNimExtension('{"age":41,"vip":false,"code":7}', {
      age: '42',
      vip: 'true',
      code: 'abc',
    })
    expect(JSON.parse(merged)).toEqual({ age: 42, vip: true, code: 'abc' })
  })

  it('writes a key named __proto__ as a plain key', () => {
    const patch = JSON.parse('{"__proto__":"new","team":"core"}') as Record<string, string>
    expect(mergeNimExtension('{"__proto__":"old"}', patch)).toBe('{"__proto__":"new","team":"core"}')
  })

  it('refuses to overwrite an extension that is not a JSON object, leaving it to its owner', () => {
    for (const stored of ['vip-level-3', '[1,2]']) {
      expect(() => mergeNimExtension(stored, { team: 'core' })).toThrow(
        expect.objectContaining({
          code: 'invalid_argument',
          field: 'customFields',
          message: expect.stringContaining('not a JSON object'),
        }),
      )
    }
  })

  it('refuses a result over 1,024 characters, counting what is already stored', () => {
    const stored = JSON.stringify({ other: 'x'.repeat(1000) })
    expect(() => mergeNimExtension(stored, { team: 'core' })).toThrow(
      expect.objectContaining({
        code: 'invalid_argument',
        field: 'customFields',
        message: expect.stringContaining('1024'),
      }),
    )
    expect(mergeNimExtension(stored, { other: null, team: 'core' })).toBe('{"team":"core"}')
  })

  it('refuses values that are not strings', () => {
    expect(() => mergeNimExtension('', { team: 5 } as unknown as Record<string, string>)).toThrow(
      expect.objectContaining({ code: 'invalid_argument', field: 'customFields.team' }),
    )
  })
})
