import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { utf16Length, utf8ByteLength } from './textLength'

const encoder = new TextEncoder()

describe('utf16Length and utf8ByteLength', () => {
  it.each([
    ['', 0, 0],
    ['Ada', 3, 3],
    ['é', 1, 2],
    ['e\u0301', 2, 3], // e + combining acute accent
    ['你好', 2, 6],
    ['👍', 2, 4],
    ['👍🏽', 4, 8], // thumbs up + skin tone modifier
    ['👨‍👩‍👧', 8, 18], // family: three emoji joined by two ZWJ
    ['\ud800', 1, 3], // lone high surrogate, encoded as U+FFFD
    ['\udc00x', 2, 4], // lone low surrogate
    ['\udbff\udbff\udfff', 3, 7], // high, then a valid pair
  ])('%j is %i UTF-16 units and %i UTF-8 bytes', (text, units, bytes) => {
    expect(utf16Length(text)).toBe(units)
    expect(utf8ByteLength(text)).toBe(bytes)
  })

  it('counts the bytes TextEncoder writes, for any string (property)', () => {
    const anyString = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary-ascii' }),
    )
    fc.assert(
      fc.property(anyString, (text) => {
        expect(utf8ByteLength(text)).toBe(encoder.encode(text).length)
      }),
      { numRuns: 2000 },
    )
  })
})
