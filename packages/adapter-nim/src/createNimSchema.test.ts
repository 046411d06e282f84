import { describe, expect, it } from 'vitest'
import { createNimSchema } from './createNimSchema'

describe('createNimSchema', () => {
  it("declares NetEase's fields and limits, without location, allowType, language, level or role", () => {
    const schema = createNimSchema()
    expect(schema.maxBatchSize).toBe(150)
    expect(schema.fields).toEqual({
      nick: { maxLength: 64 },
      avatar: { maxBytes: 1024 },
      gender: {},
      selfSignature: { maxLength: 256 },
      birthday: { maxLength: 16 },
      email: { maxLength: 64 },
      phone: { maxLength: 32 },
    })
    expect(schema).not.toHaveProperty('customFields')
  })

  it('caps custom values at the 1,024 characters of serverExtension', () => {
    const schema = createNimSchema([
      { key: 'team', type: 'text' },
      { key: 'code', type: 'text', maxLength: 8 },
    ])
    expect(schema.customFields?.map((d) => d.maxLength)).toEqual([1024, 8])
  })
})
