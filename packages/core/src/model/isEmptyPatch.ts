import { isRecord, readOwn } from './guards'
import { STANDARD_FIELDS, type ProfilePatch } from './profile'

/**
 * `true` when `patch` sets no standard field and no custom field (`undefined` values count as
 * absent). Pair it with `diffPatch`: an empty diff means the save needs no adapter call.
 *
 * @example
 * ```ts
 * isEmptyPatch({ customFields: {} }) // true
 * isEmptyPatch(diffPatch(me, { nick: me.nick })) // true
 * ```
 */
export function isEmptyPatch(patch: ProfilePatch): boolean {
  if (STANDARD_FIELDS.some((field) => readOwn(patch, field) !== undefined)) return false
  const customFields = readOwn(patch, 'customFields')
  if (!isRecord(customFields)) return true
  return Object.keys(customFields).every((key) => readOwn(customFields, key) === undefined)
}
