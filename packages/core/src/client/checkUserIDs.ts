import { ProfileError } from '../errors/ProfileError'
import { describeValue } from '../errors/invalidArgument'
import { isUserID } from '../model/guards'

/** The outcome of checking hook input: the usable IDs, deduplicated, and the first bad value. */
export interface CheckedUserIDs {
  /** Valid IDs in input order, without duplicates. */
  valid: string[]
  /** `invalid_argument` naming the first bad value, or `null`. */
  error: ProfileError | null
}

/** What a hook was given, as it was given: a list of IDs, or a single ID. */
export type UserIDsInput = { userIDs: unknown } | { userID: unknown }

/**
 * Splits hook input into IDs worth requesting and an error naming the first bad one, so bad
 * input never reaches the adapter and never hides the valid IDs of the same list.
 *
 * @example
 * ```ts
 * checkUserIDs({ userIDs: ['alice', '', 'alice'] }, 'useUserProfiles') // { valid: ['alice'], error: ProfileError(userIDs[1]) }
 * checkUserIDs({ userID: 7 }, 'useUserProfile')                       // { valid: [], error: ProfileError(userID) }
 * ```
 */
export function checkUserIDs(input: UserIDsInput, hook: string): CheckedUserIDs {
  const fail = (field: string, value: unknown, rule: string) =>
    new ProfileError('invalid_argument', `${hook}: ${field} is ${describeValue(value)}; ${rule}.`, { field })
  const one = 'userID' in input
  const list: unknown = one ? [input.userID] : input.userIDs
  if (!Array.isArray(list)) return { valid: [], error: fail('userIDs', list, 'pass an array of user IDs') }
  // A Set keeps the first occurrence's place: valid IDs stay in input order.
  const valid = new Set<string>()
  let error: ProfileError | null = null
  list.forEach((id: unknown, index) => {
    if (isUserID(id)) valid.add(id)
    else error ??= fail(one ? 'userID' : `userIDs[${index}]`, id, 'user IDs are non-empty strings')
  })
  return { valid: [...valid], error }
}
