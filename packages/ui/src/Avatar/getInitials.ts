/** A grapheme worth showing: a letter, a digit or an emoji (not punctuation or a stray mark). */
const MEANINGFUL = /[\p{L}\p{N}\p{Extended_Pictographic}\p{Regional_Indicator}]/u
/** Scripts where one character is a whole syllable or word, so one is enough. */
const WIDE =
  /[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

/** Half of a surrogate pair without its other half: not text, and it would poison a grapheme. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

let segmenter: Intl.Segmenter | null | undefined

/** Graphemes of `text`, lazily (code points where `Intl.Segmenter` is missing: never half a pair). */
function* graphemesOf(text: string): Generator<string> {
  segmenter ??=
    typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null
  if (!segmenter) return yield* text
  for (const { segment } of segmenter.segment(text)) yield segment
}

function graphemeCount(text: string): number {
  let count = 0
  for (const _ of graphemesOf(text)) count++
  return count
}

/** The first grapheme of `word` worth showing; segmenting stops as soon as it is found. */
function firstMeaningful(word: string): string | undefined {
  for (const grapheme of graphemesOf(word)) if (MEANINGFUL.test(grapheme)) return grapheme
  return undefined
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
  // Only the first and last usable words matter: scanning stops there, so a hostile
  // 100,000-character name costs no more than splitting it once.
  const words = name.replace(LONE_SURROGATE, '').split(/[\s\p{Z}]+/u)
  let firstIndex = 0
  let first: string | undefined
  for (; first === undefined && firstIndex < words.length; firstIndex++)
    first = firstMeaningful(words[firstIndex]!)
  if (first === undefined) return ''
  let last: string | undefined
  for (let i = words.length - 1; last === undefined && i >= firstIndex; i--) last = firstMeaningful(words[i]!)
  if (last === undefined || WIDE.test(first) || WIDE.test(last)) return upper(first, locale)
  const pair = upper(first, locale) + upper(last, locale)
  // A prepended mark (Malayalam 'ൎ', …) would fuse the two initials into one grapheme.
  return graphemeCount(pair) === 2 ? pair : upper(first, locale)
}

/** Upper-cases a single-letter grapheme; 'ß' would grow to 'SS', so growth is refused. */
function upper(grapheme: string, locale?: string): string {
  const upperCased = grapheme.toLocaleUpperCase(locale)
  return graphemeCount(upperCased) === 1 ? upperCased : grapheme
}
