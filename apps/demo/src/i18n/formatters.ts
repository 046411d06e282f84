import type { Locale } from '../state/useDemoStore'

const TAGS: Record<Locale, string> = { en: 'en', zh: 'zh-CN' }
const times = new Map<Locale, Intl.DateTimeFormat>()
const days = new Map<Locale, Intl.DateTimeFormat>()

/**
 * `10:42` / `上午10:42`: a message's time in the chosen language, formatter cached per language.
 *
 * @example
 * ```ts
 * formatTime(message.sentAt, 'en')
 * ```
 */
export function formatTime(time: number, locale: Locale): string {
  let format = times.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(TAGS[locale], { hour: 'numeric', minute: '2-digit' })
    times.set(locale, format)
  }
  return format.format(time)
}

/**
 * `Monday, May 12` / `5月12日星期一`: the heading of a day in the message list.
 *
 * @example
 * ```ts
 * formatDay(message.sentAt, 'zh')
 * ```
 */
export function formatDay(time: number, locale: Locale): string {
  let format = days.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(TAGS[locale], { weekday: 'long', month: 'long', day: 'numeric' })
    days.set(locale, format)
  }
  return format.format(time)
}
