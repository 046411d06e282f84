/**
 * `true` for objects that can hold named fields: not `null`, not arrays, not primitives.
 *
 * @internal
 */
export function isRecordObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
