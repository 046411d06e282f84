import type { CustomFieldDefinition } from '../model/schema'
import { valueIssue } from './valueIssue'
import type { ValidationIssue } from './ValidationIssue'

/**
 * Checks one custom-field value against its definition, the way `CustomFieldEditor` and
 * `validatePatch` both do. `null` and `''` mean "no value": fine unless the field is required.
 * Formats: `number` a decimal string within `min`/`max`; `select` one of the options; `date`
 * a real `YYYY-MM-DD` date; `url` http/https only; `email` a plausible address; `boolean`
 * `'true'`/`'false'`. `maxLength` (UTF-16 units) and `maxBytes` (UTF-8) apply to every type;
 * `pattern` is anchored as in HTML and ignored when it is not a valid regular expression.
 *
 * @returns the first issue, with `field` `'customFields.<key>'` and a user-facing English
 * message, or `undefined` when the value is fine.
 * @example
 * ```ts
 * validateCustomValue({ key: 'age', label: 'Age', type: 'number', min: 13 }, '9')
 * // { field: 'customFields.age', rule: 'min', limit: 13, message: 'Age must be at least 13.' }
 * ```
 */
export function validateCustomValue(
  definition: CustomFieldDefinition,
  value: string | null,
): ValidationIssue | undefined {
  const label = definition.label || definition.key
  return valueIssue(`customFields.${definition.key}`, label, definition, value ?? '')
}
