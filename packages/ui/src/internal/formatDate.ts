/** Formats a `YYYY-MM-DD` calendar date for `locale`; anything else comes back as written. */
export function formatDate(value: string, locale: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  const date = new Date(`${value}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) return value
  try {
    // UTC on both sides: a birthday is a calendar day, not an instant that moves with the time zone.
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date)
  } catch {
    return value // an unknown locale tag from an app's messages
  }
}
