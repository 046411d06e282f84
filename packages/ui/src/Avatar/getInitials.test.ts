import { describe, expect, it } from 'vitest'
import { getInitials } from './getInitials'

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

describe('getInitials', () => {
  it.each([
    ['takes the first letters of the first and last word, upper-cased', 'ada lovelace', 'AL'],
    ['takes the first letters of the first and last word, upper-cased', 'Grace Brewster Murray Hopper', 'GH'],
    ['takes the first letters of the first and last word, upper-cased', '  Linus  ', 'L'],
    ['keeps an emoji ZWJ sequence whole, alone', '👩‍👩‍👧 family', '👩‍👩‍👧'],
    ['keeps a flag whole, alone', '🇫🇷 Jean', '🇫🇷'],
    ['keeps a skin tone whole, alone', '👍🏽', '👍🏽'],
    ['uses one character for CJK names', '张伟', '张'],
    ['uses one character for CJK names', '山田 太郎', '山'],
    ['uses one character for CJK names', '김민준', '김'],
    ['keeps combining marks with their letter', 'e\u0301mile zola', 'E\u0301Z'],
    ['keeps combining marks with their letter', 'ñandú', 'Ñ'],
    ['skips punctuation and markup', '(bob) <script>', 'BS'],
    ['gives up on nothing usable', '', ''],
    ['gives up on nothing usable', '  --- !!! ', ''],
  ])('%s: %j -> %j', (_rule, name, initials) => {
    expect(getInitials(name)).toBe(initials)
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
