import { describe, expect, it } from 'vitest'
import { createTencentSchema } from './createTencentSchema'

describe('createTencentSchema', () => {
  it('declares the fields Tencent stores with their real limits, and no email or phone', () => {
    const schema = createTencentSchema()
    expect(schema.maxBatchSize).toBe(100)
    expect(schema.fields).toMatchObject({
      nick: { maxLength: 250, maxBytes: 500 },
      avatar: { maxBytes: 500 },
      selfSignature: { maxBytes: 500 },
      location: { maxBytes: 16 },
    })
    expect(Object.keys(schema.fields ?? {})).toEqual(
      expect.arrayContaining(['gender', 'birthday', 'allowType', 'language', 'level', 'role']),
    )
    expect(schema.fields).not.toHaveProperty('email')
    expect(schema.fields).not.toHaveProperty('phone')
    expect(schema).not.toHaveProperty('customFields')
  })

  it('caps custom values at 500 bytes, keeping a smaller declared limit', () => {
    const schema = createTencentSchema([
      { key: 'team', type: 'text' },
      { key: 'bio', type: 'textarea', maxBytes: 2000 },
      { key: 'code', type: 'text', maxBytes: 8 },
    ])
    expect(schema.customFields?.map((d) => d.maxBytes)).toEqual([500, 500, 8])
  })

  it('refuses keys with the Tag_Profile_Custom_ prefix, naming the key to use', () => {
    expect(() => createTencentSchema([{ key: 'Tag_Profile_Custom_team', type: 'text' }])).toThrow(
      expect.objectContaining({ code: 'invalid_argument', message: expect.stringContaining('"team"') }),
    )
  })

  it('refuses keys Tencent cannot store', () => {
    expect(() => createTencentSchema([{ key: 'team name', type: 'text' }])).toThrow(
      expect.objectContaining({ code: 'invalid_argument', field: 'options.customFields[0].key' }),
    )
  })
})
