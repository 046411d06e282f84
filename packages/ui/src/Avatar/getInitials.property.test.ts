import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { getInitials } from './getInitials'

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g')
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
const graphemes = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment)

/** Pieces that break naive slicing: surrogate pairs, ZWJ sequences, flags, modifiers, combining marks. */
const TRICKY = [
  '👩‍💻',
  '👨‍👩‍👧',
  '🏳️‍🌈',
  '🇫🇷',
  '🇯',
  '👍🏽',
  '🏽',
  '\u200d',
  '\ufe0f',
  'e\u0301',
  '\u0301',
  'ñ',
  'ß',
  'ǆ',
  'ﬁ',
  'İ',
  '张',
  '김',
  'ᄀ',
  'ᅡ',
  'क्षि',
  'ൎ',
  '\u0600',
  '\ud83d',
  '\ude00',
  '𝒜',
  ' ',
  '\u3000',
  '\u00a0',
  '-',
  '<',
]
const name = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc
    .array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'grapheme-ascii', maxLength: 3 })), {
      maxLength: 8,
    })
    .map((parts) => parts.join('')),
)
const locale = fc.constantFrom(undefined, 'en', 'tr', 'zh-CN', 'de', 'ar')

describe('getInitials (property)', () => {
  it('never returns a lone surrogate, more than two graphemes, or a grapheme that is not whole within a word of the name, for any string', () => {
    fc.assert(
      fc.property(name, locale, (text, lang) => {
        const initials = getInitials(text, lang)
        expect(initials).not.toMatch(LONE_SURROGATE)
        const parts = graphemes(initials)
        expect(parts.length).toBeLessThanOrEqual(2)
        // Initials come from words (split at whitespace) once lone surrogates, which are not
        // text, are dropped: each shown grapheme is a whole grapheme of such a word. Two initials
        // that would fuse into one grapheme (a Prepend mark such as 'ൎ' before the second) fail.
        const source = text
          .replace(LONE_SURROGATES, '')
          .split(/[\s\p{Z}]+/u)
          .flatMap(graphemes)
        for (const part of parts) {
          const whole = source.some((g) => g === part || g.toLocaleUpperCase(lang) === part)
          expect(
            whole,
            `${JSON.stringify(part)} is not a whole grapheme of a word of ${JSON.stringify(text)}`,
          ).toBe(true)
        }
      }),
      { seed: 20240607, numRuns: 2000 },
    )
  })

  it.each([
    ['ൎ\ud83d', 'ൎ'],
    ['ൎ 0', 'ൎ'],
    ['a\ud800 \udfffb', 'AB'],
  ])('getInitials(%j) is %j', (text, expected) => {
    expect(getInitials(text)).toBe(expected)
  })

  it('is never empty for a name holding a letter or a digit', () => {
    fc.assert(
      fc.property(name, (text) => {
        if (/[\p{L}\p{N}]/u.test(text)) expect(getInitials(text)).not.toBe('')
      }),
      { seed: 7, numRuns: 2000 },
    )
  })

  // How much work this takes is bounded by what reaches the segmenter, proven in
  // __tests__/hostileNickLength.test.tsx; speed itself is for benchmarks, not tests.
  it('answers for a 1 MB name of letters or of many words (a compromised backend)', () => {
    expect(getInitials('x'.repeat(1024 * 1024))).toBe('X')
    expect(getInitials('ab '.repeat(350_000))).toBe('AA')
  })
})
