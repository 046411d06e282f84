import type { ResolvedSchema } from '../model/resolveSchema'
import { useProfileClient } from './ProfileProvider'

/**
 * What the adapter's backend stores and allows, with defaults filled in: which fields the editor
 * shows, their limits, and the declared custom fields.
 *
 * @example
 * ```ts
 * const { fields, customFields } = useProfileSchema()
 * ```
 */
export function useProfileSchema(): ResolvedSchema {
  return useProfileClient().schema
}
