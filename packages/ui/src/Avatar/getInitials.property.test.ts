import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { getInitials } from './getInitials'

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
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

// Grapheme_Cluster_Break=Prepend characters glue themselves to whatever follows (U+0D4E before a
// space or a lone surrogate); see getInitials.hostile.property.test.ts for those cases.
const PREPEND =
  /[\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u0d4e]|\u{110bd}|\u{110cd}|[\u{111c2}\u{111c3}]/u
const wellFormed = name.filter((text) => !LONE_SURROGATE.test(text) && !PREPEND.test(text))

describe('getInitials (property)', () => {
  it('for well-formed names: no lone surrogate, at most two graphemes, each a whole grapheme of a word of the name', () => {
    fc.assert(
      fc.property(wellFormed, locale, (text, lang) => {
        const initials = getInitials(text, lang)
        expect(initials).not.toMatch(LONE_SURROGATE)
        const parts = graphemes(initials)
        expect(parts.length).toBeLessThanOrEqual(2)
        // Initials come from words (split at whitespace), so a grapheme is whole within its word.
        const source = text.split(/[\s\p{Z}]+/u).flatMap(graphemes)
        for (const part of parts) {
          const whole = source.some((g) => g === part || g.toLocaleUpperCase(lang) === part)
          expect(
            whole,
            `${JSON.stringify(part)} is not a whole grapheme of a word of ${JSON.stringify(text)}`,
          ).toBe(true)
        }
      }),
      { seed: 20240607, numRuns: 3000 },
    )
  })

  it('is never empty for a name holding a letter or a digit', () => {
    fc.assert(
      fc.property(name, (text) => {
        if (/[\p{L}\p{N}]/u.test(text)) expect(getInitials(text)).not.toBe('')
      }),
      { seed: 7, numRuns: 2000 },
    )
  })
})
