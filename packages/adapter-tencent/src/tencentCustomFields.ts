import { ProfileError } from '@profile-kit/core/vanilla'
import { CUSTOM_FIELD_PREFIX, CUSTOM_KEY_PATTERN } from './tencentConstants'
import type { TencentCustomField } from './tencentTypes'

/**
 * `profileCustomField` as the kit's `customFields`: the `Tag_Profile_Custom_` prefix removed,
 * numbers (Integer fields) as decimal strings, entries of other shapes skipped. The record has no
 * prototype, so a key named `__proto__` is just a key.
 *
 * @example
 * ```ts
 * fromTencentCustomFields([{ key: 'Tag_Profile_Custom_team', value: 'core' }]) // { team: 'core' }
 * ```
 */
export function fromTencentCustomFields(list: unknown): Record<string, string> {
  const fields = Object.create(null) as Record<string, string>
  if (!Array.isArray(list)) return fields
  for (const item of list as unknown[]) {
    if (typeof item !== 'object' || item === null) continue
    const { key, value } = item as Partial<TencentCustomField>
    if (typeof key !== 'string' || !key.startsWith(CUSTOM_FIELD_PREFIX)) continue
    if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) {
      fields[key.slice(CUSTOM_FIELD_PREFIX.length)] = String(value)
    }
  }
  return fields
}

/**
 * The kit's custom-field patch as `profileCustomField` entries: prefix added, and `null` sent as
 * `''`, since Tencent cannot delete a custom field, only empty it (the kit reads `''` as absent).
 *
 * @throws {ProfileError} `invalid_argument` with `field: 'customFields.<key>'` for a key Tencent
 * cannot store (only `A-Z a-z 0-9 _`) or a value that is neither a string nor `null`.
 * @example
 * ```ts
 * toTencentCustomFields({ team: 'core', pronouns: null })
 * // [{ key: 'Tag_Profile_Custom_team', value: 'core' }, { key: 'Tag_Profile_Custom_pronouns', value: '' }]
 * ```
 */
export function toTencentCustomFields(patch: Record<string, string | null>): TencentCustomField[] {
  return Object.keys(patch).map((key) => {
    if (!CUSTOM_KEY_PATTERN.test(key)) {
      throw new ProfileError(
        'invalid_argument',
        `Custom field key ${JSON.stringify(key)} cannot be stored by Tencent Cloud Chat: use only letters, digits and _.`,
        { field: `customFields.${key}` },
      )
    }
    return { key: `${CUSTOM_FIELD_PREFIX}${key}`, value: customValue(key, patch[key]) }
  })
}

function customValue(key: string, value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  throw new ProfileError(
    'invalid_argument',
    `Custom field ${JSON.stringify(key)} must be a string (or null to remove it), got ${typeof value}.`,
    { field: `customFields.${key}` },
  )
}
