import { normalizeProfile } from '../model/normalizeProfile'
import type { Profile } from '../model/profile'
import { describeError, fail } from './fail'

/**
 * Reads an adapter's answer the way the kit does, failing with a message when the kit could not.
 *
 * @internal
 */
export function readProfile(value: unknown, source: string): Profile {
  try {
    return normalizeProfile(value)
  } catch (error) {
    return fail(`${source} is not a profile the kit can read: ${describeError(error)}`, error)
  }
}
