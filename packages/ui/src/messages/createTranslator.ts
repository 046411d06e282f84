import { en, type MessageKey } from './en'
import { translatorOver } from './translatorOver'

/**
 * Looks up a message by key and fills its placeholders.
 *
 * @example
 * ```ts
 * const t: Translate = useMessages()
 * t('validation.maxLength', { limit: 20 }) // 'Use at most 20 characters.'
 * ```
 */
export type Translate = (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string

/**
 * A {@link Translate} over `overrides` (any subset of keys, e.g. the provider's `messages`), falling
 * back to English for keys they lack.
 *
 * @example
 * ```ts
 * const t = createTranslator(zhCN)
 * t('card.retry') // '重试'
 * ```
 */
export function createTranslator(overrides?: Readonly<Record<string, string>>): Translate {
  return translatorOver(en, overrides)
}
