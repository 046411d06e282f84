import { formatMessage } from './formatMessage'

/** Looks up `Key` in the overrides, falling back to `defaults`, and fills its placeholders. */
export type TranslateOver<Key extends string> = (
  key: Key,
  values?: Readonly<Record<string, string | number>>,
) => string

/**
 * A translate function over `overrides` (any subset of keys) with `defaults` for the keys they lack.
 * The list path passes only the words it shows as `defaults`, so the editors' words stay out of its bundle.
 */
export function translatorOver<Key extends string>(
  defaults: Readonly<Record<Key, string>>,
  overrides?: Readonly<Record<string, string>>,
): TranslateOver<Key> {
  return (key, values) => {
    const override = overrides && Object.hasOwn(overrides, key) ? overrides[key] : undefined
    return formatMessage(typeof override === 'string' ? override : defaults[key], values)
  }
}
