const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

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
  if (typeof value !== 'string') return false
  const match = DATE.exec(value)
  if (!match) return false
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
}
