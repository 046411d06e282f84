import { describe, expect, it } from 'vitest'
import { ProfileError } from '../errors/ProfileError'
import { editableFields, resolveSchema } from './resolveSchema'
import { EDITABLE_FIELDS } from './profile'
import type { ProfileSchema } from './schema'

describe('resolveSchema', () => {
  it('defaults to 100 IDs per batch, the nine editor fields without limits, and any custom key', () => {
    const resolved = resolveSchema()
    expect(resolved.maxBatchSize).toBe(100)
    expect(Object.keys(resolved.fields)).toEqual([...EDITABLE_FIELDS])
    expect(Object.values(resolved.fields).every((rule) => Object.keys(rule).length === 0)).toBe(true)
    expect(resolved.customFields).toBeUndefined()
    expect(resolveSchema({})).toEqual(resolved)
  })

  it('keeps only the fields a backend lists, with their limits', () => {
    const resolved = resolveSchema({ maxBatchSize: 150, fields: { nick: { maxLength: 64 }, level: {} } })
    expect(resolved).toEqual({
      maxBatchSize: 150,
      fields: { nick: { maxLength: 64 }, level: {} },
      customFields: undefined,
      avatarObjectUrls: false,
    })
  })

  it('memoizes per schema object and returns a resolved schema as it is', () => {
    const schema: ProfileSchema = { maxBatchSize: 10 }
    const resolved = resolveSchema(schema)
    expect(resolveSchema(schema)).toBe(resolved)
    expect(resolveSchema(resolved)).toBe(resolved)
    expect(resolveSchema()).toBe(resolveSchema())
  })

  it('freezes the result without freezing the adapter’s own objects', () => {
    const schema: ProfileSchema = {
      fields: { nick: { maxBytes: 500 } },
      customFields: [{ key: 'team', type: 'select', options: [{ value: 'core' }] }],
    }
    const resolved = resolveSchema(schema)
    expect(Object.isFrozen(resolved)).toBe(true)
    expect(Object.isFrozen(resolved.fields.nick)).toBe(true)
    expect(Object.isFrozen(resolved.customFields?.[0]?.options)).toBe(true)
    expect(Object.isFrozen(schema.fields?.nick)).toBe(false)
    expect(Object.isFrozen(schema.customFields?.[0])).toBe(false)
  })

  it.each([0, -1, 1.5, NaN, Infinity, '100'])(
    'rejects maxBatchSize %j, saying what it must be',
    (maxBatchSize) => {
      const act = () => resolveSchema({ maxBatchSize } as unknown as ProfileSchema)
      expect(act).toThrow(ProfileError)
      expect(act).toThrow(
        expect.objectContaining({
          code: 'invalid_argument',
          message: expect.stringMatching(/^schema\.maxBatchSize must be a whole number of at least 1, got /),
        }),
      )
    },
  )

  it.each<[string, unknown, RegExp]>([
    [
      'a schema that is not an object',
      'x',
      /^schema must be an object \(the adapter's schema\) or undefined, got a string/,
    ],
    ['fields that are not an object', { fields: ['nick'] }, /schema\.fields must be an object/],
    [
      'an unknown field name',
      { fields: { nickname: {} } },
      /schema\.fields\.nickname is not a standard profile field; use nick, avatar/,
    ],
    [
      'a rule that is not an object',
      { fields: { nick: 64 } },
      /schema\.fields\.nick must be an object, got a number \(64\)/,
    ],
    [
      'a bad maxBytes',
      { fields: { nick: { maxBytes: 0 } } },
      /schema\.fields\.nick\.maxBytes must be a whole number/,
    ],
    [
      'a non-boolean editable',
      { fields: { nick: { editable: 'no' } } },
      /schema\.fields\.nick\.editable must be true or false/,
    ],
    ['customFields that are not an array', { customFields: {} }, /schema\.customFields must be an array/],
    [
      'a definition without key',
      { customFields: [{ type: 'text' }] },
      /schema\.customFields\[0\]\.key is not a string/,
    ],
    [
      'an unknown type',
      { customFields: [{ key: 'a', type: 'color' }] },
      /schema\.customFields\[0\]\.type must be one of text/,
    ],
    [
      'a duplicate key',
      {
        customFields: [
          { key: 'a', type: 'text' },
          { key: 'a', type: 'url' },
        ],
      },
      /"a" twice/,
    ],
    [
      'a select without options',
      { customFields: [{ key: 'a', type: 'select' }] },
      /options must list the choices/,
    ],
    [
      'a non-finite min',
      { customFields: [{ key: 'a', type: 'number', min: NaN }] },
      /\.min must be a finite number/,
    ],
    [
      'a non-string pattern',
      { customFields: [{ key: 'a', type: 'text', pattern: /x/ }] },
      /\.pattern must be a regular/,
    ],
  ])('rejects %s with invalid_argument', (_, schema, message) => {
    expect(() => resolveSchema(schema as ProfileSchema)).toThrow(
      expect.objectContaining({ code: 'invalid_argument', message: expect.stringMatching(message) }),
    )
  })
})

describe('editableFields', () => {
  it('lists the nine editor fields by default, in editor order', () => {
    expect(editableFields(resolveSchema())).toEqual([...EDITABLE_FIELDS])
  })

  it('keeps editor order, drops fields that are absent or not editable, and never lists language/level/role', () => {
    const resolved = resolveSchema({
      fields: {
        location: {},
        level: {},
        nick: { maxLength: 64 },
        phone: { editable: false },
        avatar: { editable: true },
      },
    })
    expect(editableFields(resolved)).toEqual(['nick', 'avatar', 'location'])
  })
})
