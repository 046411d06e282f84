/**
 * Turns a raw custom-field value into its string form, or `undefined` when it cannot be one.
 * Strings stay as they are (`''` included: callers treat it as "absent"), finite numbers become
 * decimal strings and booleans `'true'`/`'false'`, as SPEC stores custom values.
 *
 * @internal Shared by `normalizeProfile` and `applyPatch`.
 */
export function coerceCustomValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  return undefined
}
