/**
 * `object[key]` when `key` is an own property, else `undefined`: inherited values, including
 * anything planted on a polluted `Object.prototype`, are never read.
 *
 * @internal
 */
export function readOwn(object: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key)
    ? (object as Record<string, unknown>)[key]
    : undefined
}
