/**
 * Which rule a value broke. `type`: wrong JavaScript type; `unknownField`: the backend does not
 * store the field (or the custom key is not declared); `notEditable`: stored but read-only;
 * `customKey`: the custom-field key itself is malformed; the rest name the format or limit.
 */
export type ValidationRule =
  | 'type'
  | 'unknownField'
  | 'notEditable'
  | 'required'
  | 'maxLength'
  | 'maxBytes'
  | 'min'
  | 'max'
  | 'pattern'
  | 'enum'
  | 'date'
  | 'url'
  | 'email'
  | 'number'
  | 'boolean'
  | 'customKey'

/**
 * One problem found by `validatePatch` or `validateCustomValue`. UIs may show `message` as is
 * (English) or build their own text from `rule` and `limit`.
 *
 * @example
 * ```ts
 * const issue: ValidationIssue = {
 *   field: 'location',
 *   rule: 'maxBytes',
 *   limit: 16,
 *   message: 'Location is too long: at most 16 bytes (a Chinese character takes 3, most emoji 4).',
 * }
 * ```
 */
export interface ValidationIssue {
  /** `'nick'`, `'customFields.team'`, or `''` when the patch as a whole is wrong. */
  field: string
  rule: ValidationRule
  /** The number the rule compares with: `maxLength`, `maxBytes`, `min` or `max`. */
  limit?: number
  /** English, says what to do. */
  message: string
}
