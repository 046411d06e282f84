const LOOSE_DATE = /^(\d{4})([-/.]?)(\d{2})\2(\d{2})$/

/**
 * NetEase's free-text birthday as the kit's `'YYYY-MM-DD'`: `YYYY-MM-DD`, `YYYY/MM/DD`,
 * `YYYY.MM.DD` and `YYYYMMDD` are understood; other text reads as `''` (the kit's `normalizeProfile`
 * also clears impossible dates). The kit always writes `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * fromNimBirthday('1990/01/02') // '1990-01-02'
 * fromNimBirthday('spring') // ''
 * ```
 */
export function fromNimBirthday(value: unknown): string {
  if (typeof value !== 'string') return ''
  const match = LOOSE_DATE.exec(value.trim())
  return match ? `${match[1]}-${match[3]}-${match[4]}` : ''
}
