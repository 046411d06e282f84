import { ProfileError } from '../errors/ProfileError'
import type { Profile, ProfilePatch } from '../model/profile'
import type { ResolvedSchema } from '../model/resolveSchema'
import type { ProfileSchema } from '../model/schema'
import { validatePatch } from './validatePatch'

/**
 * {@link validatePatch}, throwing the first problem as a `ProfileError` with code
 * `invalid_argument`, the issue's message and its `field`. Afterwards TypeScript knows `patch`
 * is a {@link ProfilePatch}.
 *
 * @throws {ProfileError} `invalid_argument` for the first issue found.
 * @example
 * ```ts
 * assertValidPatch(patch, adapter.schema, currentProfile)
 * await adapter.updateMyProfile(diffPatch(currentProfile, patch))
 * ```
 */
export function assertValidPatch(
  patch: unknown,
  schema?: ProfileSchema | ResolvedSchema,
  current?: Profile,
): asserts patch is ProfilePatch {
  const [issue] = validatePatch(patch, schema, current)
  if (issue) throw new ProfileError('invalid_argument', issue.message, { field: issue.field })
}
