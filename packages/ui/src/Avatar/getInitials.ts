/** A grapheme worth showing: a letter, a digit or an emoji (not punctuation or a stray mark). */
const MEANINGFUL = /[\p{L}\p{N}\p{Extended_Pictographic}\p{Regional_Indicator}]/u
/** Scripts where one character is a whole syllable or word, so one is enough. */
const WIDE =
  /[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

let segmenter: Intl.Segmenter | null | undefined

function graphemes(text: string): string[] {
  if (segmenter === undefined) {
    segmenter =
      typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null
  }
  if (segmenter) return Array.from(segmenter.segment(text), (s) => s.segment)
  return Array.from(text) // code points: never splits a surrogate pair
}

function firstMeaningful(word: string): string | undefined {
  return graphemes(word).find((g) => MEANINGFUL.test(g))
}

/**
 * Up to two initials for a display name, cut at grapheme boundaries so emoji ZWJ sequences,
 * flags and combining marks stay whole and no lone surrogate is ever produced. One grapheme for
 * emoji and CJK names ('张伟' → '张'); first and last word otherwise ('ada lovelace' → 'AL').
 * Returns `''` when nothing usable is left (the avatar then shows an icon).
 *
 * @example
 * ```ts
 * getInitials('Ada Lovelace') // 'AL'
 * getInitials('👩‍💻 dev')      // '👩‍💻'
 * ```
 */
export function getInitials(name: string, locale?: string): string {
  const words = name
    .split(/[\s\p{Z}]+/u)
    .map(firstMeaningful)
    .filter((g): g is string => g !== undefined)
  const first = words[0]
  if (first === undefined) return ''
  const last = words.length > 1 ? words[words.length - 1] : undefined
  if (last === undefined || WIDE.test(first) || WIDE.test(last)) return upper(first, locale)
  return upper(first, locale) + upper(last, locale)
}

/** Upper-cases a single-letter grapheme; 'ß' would grow to 'SS', so growth is refused. */
function upper(grapheme: string, locale?: string): string {
  const upperCased = grapheme.toLocaleUpperCase(locale)
  return graphemes(upperCased).length === 1 ? upperCased : grapheme
}
