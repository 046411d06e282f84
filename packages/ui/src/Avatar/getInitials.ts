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

/** How much of a word is searched for an initial: enough for any real name. */
export const INITIAL_SEARCH_LENGTH = 64

/**
 * The first grapheme of `word` worth showing. Only the word's head is segmented: a hostile word of
 * a million punctuation marks would otherwise be segmented to its end, and segmenting is not
 * linear. The head's last grapheme may be cut short, so it is not used.
 */
function firstMeaningful(word: string): string | undefined {
  const cut = word.length > INITIAL_SEARCH_LENGTH
  const graphemes = [...graphemesOf(cut ? word.slice(0, INITIAL_SEARCH_LENGTH) : word)]
  if (cut) graphemes.pop()
  return graphemes.find((grapheme) => MEANINGFUL.test(grapheme))
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
