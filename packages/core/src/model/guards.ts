/**
 * The small type guards the kit and its adapters use on untrusted input (SDK answers, hook
 * arguments, patches from forms). Adapter authors get them from `@profile-kit/core/vanilla`.
 */

/**
 * `true` for a usable user ID: a string with at least one non-whitespace character. The loader,
 * the engine, the hooks and `batchUserIDs` all accept exactly these IDs.
 *
 * @example
 * ```ts
 * isUserID('alice') // true
 * isUserID('  ')    // false
 * const users = sdkAnswer.filter((entry) => isRecord(entry) && isUserID(entry.userID))
 * ```
 */
export function isUserID(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== ''
}

/**
 * `true` for objects that can hold named fields: not `null`, not arrays, not primitives. Class
 * instances pass too; use {@link isPlainObject} where only object literals belong.
 *
 * @example
 * ```ts
 * isRecord({ nick: 'Ada' }) // true
 * isRecord(['Ada'])         // false
 * ```
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * `true` for object literals and null-prototype objects, from this realm or another (an iframe):
 * arrays, `Date`s, `Map`s and other class instances fail. Patches must be plain objects.
 *
 * @example
 * ```ts
 * isPlainObject({ nick: 'Ada' }) // true
 * isPlainObject(new Date())      // false
 * ```
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === null || Object.getPrototypeOf(prototype) === null
}

/**
 * `object[key]` when `key` is an own property, else `undefined`: inherited values, including
 * anything planted on a polluted `Object.prototype`, are never read.
 *
 * @example
 * ```ts
 * readOwn({ nick: 'Ada' }, 'nick')     // 'Ada'
 * readOwn({}, 'toString')              // undefined, not Object.prototype.toString
 * ```
 */
export function readOwn(object: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key)
    ? (object as Record<string, unknown>)[key]
    : undefined
}

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
