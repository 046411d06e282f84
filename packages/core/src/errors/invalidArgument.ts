import { ProfileError } from './ProfileError'

/**
 * A short, safe description of any value for error messages: its kind, and for short primitives
 * the value itself (`a number (42)`, `an empty string`, `null`, `an array`).
 *
 * @internal
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (value === undefined) return 'undefined'
  if (Array.isArray(value)) return 'an array'
  switch (typeof value) {
    case 'string':
      if (value === '') return 'an empty string'
      if (value.trim() === '') return 'a blank string'
      return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`
    case 'number':
    case 'bigint':
    case 'boolean':
      return `a ${typeof value} (${String(value)})`
    case 'object':
      return 'an object'
    default:
      return `a ${typeof value}`
  }
}

/**
 * The `invalid_argument` error for a value that breaks a rule: it names `field`, says what the
 * value must be and what it got, and carries `field` for UIs. The kit's option, input and schema
 * checks all word their "must be" errors through it, so they read alike.
 *
 * @example
 * ```ts
 * invalidArgument('windowMs', -1, 'a number >= 0').message
 * // 'windowMs must be a number >= 0, got a number (-1).'
 * ```
 * @internal
 */
export function invalidArgument(field: string, value: unknown, expected: string): ProfileError {
  return new ProfileError('invalid_argument', `${field} must be ${expected}, got ${describeValue(value)}.`, {
    field,
  })
}
