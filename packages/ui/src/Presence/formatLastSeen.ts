const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

// Each unit is used below the next one's threshold, so "59 minutes ago" is followed by "1 hour ago".
const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number, number]> = [
  ['minute', MINUTE, HOUR],
  ['hour', HOUR, DAY],
  ['day', DAY, 7 * DAY],
  ['week', 7 * DAY, 30 * DAY],
  ['month', 30 * DAY, 365 * DAY],
  ['year', 365 * DAY, Infinity],
]

const formatters = new Map<string, Intl.RelativeTimeFormat>()

function formatterFor(locale: string): Intl.RelativeTimeFormat {
  let formatter = formatters.get(locale)
  if (!formatter) {
    try {
      formatter = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
    } catch {
      // An unknown locale tag from an app's messages: the runtime's default language.
      formatter = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' })
    }
    formatters.set(locale, formatter)
  }
  return formatter
}

/**
 * How long ago `lastSeenAt` was, in `locale`'s words ("5 minutes ago", "yesterday", "3天前"), or
 * `undefined` when it was less than a minute ago (or in the future, by a skewed clock).
 *
 * @example
 * ```ts
 * formatLastSeen(Date.now() - 5 * 60_000, Date.now(), 'en') // '5 minutes ago'
 * ```
 */
export function formatLastSeen(lastSeenAt: number, now: number, locale: string): string | undefined {
  const elapsed = now - lastSeenAt
  if (elapsed < MINUTE) return undefined
  const [unit, size] = UNITS.find(([, , below]) => elapsed < below)!
  return formatterFor(locale).format(-Math.floor(elapsed / size), unit)
}
