import { EDITOR_FIELDS, type StandardField } from './profile'
import type { ResolvedSchema } from './resolveSchema'

/**
 * The fields `ProfileEditor` shows, in its order: those of the nine labelled fields, then
 * `messageSettings` and `adminForbidType`, that the backend stores and lets users change
 * (`editable !== false`). Without `schema.fields` that is the nine. `language`, `level` and `role` have no
 * editor control and never appear here, although a patch may still set them when the schema
 * lists them.
 *
 * @example
 * ```ts
 * editableFields(resolveSchema({ fields: { location: {}, nick: { maxLength: 64 }, phone: { editable: false } } }))
 * // ['nick', 'location']
 * ```
 */
export function editableFields(schema: ResolvedSchema): StandardField[] {
  return EDITOR_FIELDS.filter((field) => {
    const rule = schema.fields[field]
    return rule !== undefined && rule.editable !== false
  })
}
