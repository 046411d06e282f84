import { ProfileError } from '../errors/ProfileError'
import { describeValue } from '../errors/invalidArgument'

/**
 * The items of a batch answer, which must be an array (`getUserProfiles`, `getRemarks`).
 *
 * @throws {ProfileError} `unknown`, naming the call and what it must resolve, for anything else.
 * @internal Used by `matchProfiles` and `matchRemarks`.
 */
export function answerItems(answer: unknown, call: string, items: string): unknown[] {
  if (!Array.isArray(answer)) {
    throw new ProfileError(
      'unknown',
      `${call} must resolve an array of ${items}, got ${describeValue(answer)}`,
    )
  }
  return answer as unknown[]
}
