import { ProfileError } from '../errors/ProfileError'

/** The outcome of checking hook input: the usable IDs, deduplicated, and the first bad value. */
export interface CheckedUserIDs {
  /** Valid IDs in input order, without duplicates. */
  valid: string[]
  /** `invalid_argument` naming the first bad value, or `null`. */
  error: ProfileError | null
}

/**
 * Splits hook input into IDs worth requesting and an error naming the first bad one, so bad
 * input never reaches the adapter and never hides the valid IDs of the same list.
 *
 * @example
 * ```ts
 * checkUserIDs(['alice', '', 'alice'], 'useUserProfiles') // { valid: ['alice'], error: ProfileError(userIDs[1]) }
 * ```
 */
export function checkUserIDs(input: unknown, hook: string): CheckedUserIDs {
  if (!Array.isArray(input)) {
    return { valid: [], error: badInput(hook, 'userIDs', input, 'must be an array of user IDs') }
  }
  const seen = new Set<string>()
  const valid: string[] = []
  let error: ProfileError | null = null
  input.forEach((id: unknown, index) => {
    if (isUserID(id)) {
      if (!seen.has(id)) valid.push(id)
      seen.add(id)
    } else {
      error ??= badInput(hook, `userIDs[${index}]`, id, 'user IDs must be non-empty strings')
    }
  })
  return { valid, error }
}

/** `true` for a string with at least one non-whitespace character. */
export function isUserID(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== ''
}

/** The error for one bad hook argument, naming the value so the caller can find it. */
export function badInput(hook: string, field: string, value: unknown, rule: string): ProfileError {
  return new ProfileError('invalid_argument', `${hook}: ${field} is ${describe(value)}; ${rule}.`, { field })
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (value === null || value === undefined) return String(value)
  if (typeof value === 'object') return Array.isArray(value) ? 'an array' : 'an object'
  return `${typeof value} ${String(value)}`
}
