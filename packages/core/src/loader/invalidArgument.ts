import { ProfileError } from '../errors/ProfileError'
import { describeValue } from '../model/describeValue'

/**
 * The `invalid_argument` error of the loader's input and options: it names `field`, says what the
 * value must be and what it got.
 *
 * @example
 * ```ts
 * invalidArgument('windowMs', -1, 'a number >= 0').message // 'windowMs must be a number >= 0, got a number (-1)'
 * ```
 * @internal
 */
export function invalidArgument(field: string, value: unknown, rule: string): ProfileError {
  return new ProfileError('invalid_argument', `${field} must be ${rule}, got ${describeValue(value)}`, {
    field,
  })
}
