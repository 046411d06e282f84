import { describe, expect, it } from 'vitest'
import { getInitials } from './getInitials'

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

describe('getInitials', () => {
  it('takes the first letters of the first and last word, upper-cased', () => {
    expect(getInitials('ada lovelace')).toBe('AL')
    expect(getInitials('Grace Brewster Murray Hopper')).toBe('GH')
    expect(getInitials('  Linus  ')).toBe('L')
  })

  it('keeps an emoji ZWJ sequence, a flag and a skin tone whole, alone', () => {
    expect(getInitials('👩‍👩‍👧 family')).toBe('👩‍👩‍👧')
    expect(getInitials('🇫🇷 Jean')).toBe('🇫🇷')
    expect(getInitials('👍🏽')).toBe('👍🏽')
  })

  it('uses one character for CJK names', () => {
    expect(getInitials('张伟')).toBe('张')
    expect(getInitials('山田 太郎')).toBe('山')
    expect(getInitials('김민준')).toBe('김')
  })

  it('keeps combining marks with their letter', () => {
    expect(getInitials('e\u0301mile zola')).toBe('E\u0301Z')
    expect(getInitials('ñandú')).toBe('Ñ')
  })

  it('skips punctuation and markup, and gives up on nothing usable', () => {
    expect(getInitials('(bob) <script>')).toBe('BS')
    expect(getInitials('')).toBe('')
    expect(getInitials('  --- !!! ')).toBe('')
  })

  it('never returns a lone surrogate, whatever the input', () => {
    for (const name of ['\uD83D', 'a\uDE00 b', '😀😀😀', '𝒜𝓁𝒾𝒸ℯ 𝒷', '\uDBFF\uDFFF x']) {
      expect(getInitials(name)).not.toMatch(LONE_SURROGATE)
    }
  })

  it('does not let upper-casing grow a grapheme', () => {
    expect(getInitials('ß')).toBe('ß')
  })
})
