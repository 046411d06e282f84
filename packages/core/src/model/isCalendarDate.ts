const DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * `true` when `value` is a real calendar date written `YYYY-MM-DD` (years 0001–9999, leap years
 * respected), the format of `birthday` and of `date` custom fields.
 *
 * @example
 * ```ts
 * isCalendarDate('2024-02-29') // true
 * isCalendarDate('2023-02-29') // false
 * ```
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE.test(value) || value < '0001') return false
  // The date parser rolls impossible days over (02-30 is March 2nd) or gives NaN (month 13);
  // a real date is one that prints back as itself.
  const time = Date.parse(value)
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value)
}
