import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { customFieldsFromNimExtension, mergeNimExtension } from './nimExtension'

describe('mergeNimExtension over values another client stored as JSON numbers or booleans (property)', () => {
  it('reads back every value exactly as the user typed it', () => {
    const stored = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean())
    const typed = fc.oneof(
      fc.string({ minLength: 1 }),
      fc.constantFrom('007', '1e3', '1.50', '-0', '12345678901234567890', 'true', '42'),
    )
    fc.assert(
      fc.property(stored, typed, (previous, value) => {
        const merged = mergeNimExtension(JSON.stringify({ score: previous }), { score: value })
        expect(customFieldsFromNimExtension(merged).score).toBe(value)
      }),
      { seed: 31, numRuns: 1000 },
    )
  })

  it.each(['007', '1e3', '1.50', '-0', '12345678901234567890'])('keeps %j over a stored number', (value) => {
    expect(customFieldsFromNimExtension(mergeNimExtension('{"score": 41}', { score: value })).score).toBe(
      value,
    )
  })
})
