import { isProfileError, ProfileError } from '@profile-kit/core/vanilla'
import { mergeNimExtension, parseNimExtension } from '../nimExtension'

/**
 * The `custom` to write for a custom-field patch: the V2 adapter's `serverExtension` merge (same
 * JSON rules, same 1,024 characters), with errors that name the classic SDK's `custom` field.
 *
 * @throws {ProfileError} `invalid_argument` with `field: 'customFields'` when the stored `custom` is
 * not a JSON object (it is left untouched) or the result is too long; with `customFields.<key>` for
 * a value that is not a string or `null`.
 * @example
 * ```ts
 * mergeNimClassicCustom('{"theme":"dark"}', { team: 'core' }) // '{"theme":"dark","team":"core"}'
 * ```
 */
export function mergeNimClassicCustom(stored: unknown, patch: Record<string, string | null>): string {
  if (parseNimExtension(stored).kind === 'text') {
    throw new ProfileError(
      'invalid_argument',
      "Custom fields cannot be saved: this user's NetEase `custom` holds data that is not a JSON object, and Profile Kit will not overwrite it. Migrate it to a JSON object (or clear it) to use custom fields.",
      { field: 'customFields' },
    )
  }
  try {
    return mergeNimExtension(stored, patch)
  } catch (error) {
    if (!isProfileError(error) || error.field !== 'customFields') throw error
    throw new ProfileError(
      'invalid_argument',
      "Custom fields would not fit in NetEase's `custom`, which holds at most 1,024 characters (other data stored there counts too). Shorten or remove some values.",
      { field: 'customFields', cause: error },
    )
  }
}
