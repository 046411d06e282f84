/**
 * Custom fields, the way the kit stores them: keys it accepts, values as strings, and the frozen
 * record every profile's `customFields` is.
 */

/** Longest custom-field key the kit accepts; vendors allow less (Tencent: 8 bytes after its prefix). */
const MAX_CUSTOM_KEY_LENGTH = 64

// C0 and C1 control characters and DEL: invisible, and some backends reject or mangle them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/

/**
 * Why `key` cannot name a custom field (an English phrase such as `'is empty'`), or `undefined`
 * when it can: keys are non-empty strings of at most 64 UTF-16 units without control characters.
 *
 * @internal Shared by `resolveSchema` and `validatePatch`.
 */
export function customKeyProblem(key: unknown): string | undefined {
  if (typeof key !== 'string') return 'is not a string'
  if (key === '') return 'is empty'
  if (key.length > MAX_CUSTOM_KEY_LENGTH) return `is longer than ${MAX_CUSTOM_KEY_LENGTH} characters`
  if (CONTROL.test(key)) return 'contains control characters'
  return undefined
}

/**
 * Turns a raw custom-field value into its string form, or `undefined` when it cannot be one.
 * Strings stay as they are (`''` included: callers treat it as "absent"), finite numbers become
 * decimal strings and booleans `'true'`/`'false'`, the one form every backend stores.
 *
 * @internal Shared by `normalizeProfile` and `applyPatch`.
 */
export function coerceCustomValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  return undefined
}

/**
 * A frozen plain-object record built from `entries`. Each entry becomes an own, enumerable data
 * property through `Object.defineProperty`, so `__proto__`, `constructor` and `prototype` are
 * ordinary own keys: assigning `record['__proto__'] = v` would set the record's prototype instead,
 * and nothing ever reaches `Object.prototype` through it. The prototype is `Object.prototype` (a
 * null prototype is safer to index but cannot cross into a Next.js client component or other
 * serializers that accept only plain objects); read fields with `Object.hasOwn` first, because
 * `record['toString']` is the inherited method unless someone stored a field of that name.
 *
 * @internal The `customFields` of every profile the kit hands out.
 */
export function customFieldRecord(
  entries: Iterable<readonly [string, string]>,
): Readonly<Record<string, string>> {
  const record: Record<string, string> = {}
  for (const [key, value] of entries) {
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true })
  }
  return Object.freeze(record)
}
