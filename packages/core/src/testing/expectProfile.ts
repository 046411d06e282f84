import { normalizeProfile } from '../model/normalizeProfile'
import type { Profile } from '../model/profile'
import { describeError, fail } from './fail'

/**
 * The adapter answer read the way the kit reads it; fails the check, naming `source`, when the kit
 * could not (unlike the engine's `readProfile`, which reads cache entries and never throws).
 *
 * @internal
 */
export function expectProfile(value: unknown, source: string): Profile {
  try {
    return normalizeProfile(value)
  } catch (error) {
    return fail(`${source} is not a profile the kit can read: ${describeError(error)}`, error)
  }
}
