import { isCalendarDate } from '../model/isCalendarDate'
import type { CustomFieldDefinition } from '../model/schema'
import { compilePattern } from './compilePattern'
import { isHttpUrl } from './isHttpUrl'
import { isPlausibleEmail } from './isPlausibleEmail'
import { lengthIssue } from './lengthIssue'
import type { ValidationIssue } from './ValidationIssue'

// A valid floating-point number as HTML defines it: no '+', no trailing dot, no hex.
const DECIMAL = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?$/
const PATTERN_TYPES: ReadonlySet<CustomFieldDefinition['type']> = new Set([
  'text',
  'textarea',
  'url',
  'email',
])

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
  const field = `customFields.${definition.key}`
  const label = definition.label || definition.key
  if (value === null || value === '') {
    return definition.required ? { field, rule: 'required', message: `${label} is required.` } : undefined
  }
  if (typeof value !== 'string') {
    return { field, rule: 'type', message: `${label} must be text, or null to remove it.` }
  }
  return (
    formatIssue(definition, field, label, value) ??
    lengthIssue(field, label, value, definition) ??
    patternIssue(definition, field, label, value)
  )
}

function formatIssue(
  definition: CustomFieldDefinition,
  field: string,
  label: string,
  value: string,
): ValidationIssue | undefined {
  switch (definition.type) {
    case 'number':
      return numberIssue(definition, field, label, value)
    case 'select':
      return definition.options?.some((option) => option.value === value)
        ? undefined
        : { field, rule: 'enum', message: `Choose one of the options for ${label}.` }
    case 'date':
      return isCalendarDate(value)
        ? undefined
        : { field, rule: 'date', message: `${label} must be a real date written YYYY-MM-DD.` }
    case 'url':
      return isHttpUrl(value)
        ? undefined
        : { field, rule: 'url', message: `${label} must be a web address starting with http:// or https://.` }
    case 'email':
      return isPlausibleEmail(value)
        ? undefined
        : { field, rule: 'email', message: `${label} must be an email address such as name@example.com.` }
    case 'boolean':
      return value === 'true' || value === 'false'
        ? undefined
        : { field, rule: 'boolean', message: `${label} must be 'true' or 'false'.` }
    default:
      return undefined
  }
}

function numberIssue(
  definition: CustomFieldDefinition,
  field: string,
  label: string,
  value: string,
): ValidationIssue | undefined {
  const number = Number(value)
  if (!DECIMAL.test(value) || !Number.isFinite(number)) {
    return { field, rule: 'number', message: `${label} must be a number, such as 42 or 3.5.` }
  }
  const { min, max } = definition
  if (min !== undefined && number < min) {
    return { field, rule: 'min', limit: min, message: `${label} must be at least ${min}.` }
  }
  if (max !== undefined && number > max) {
    return { field, rule: 'max', limit: max, message: `${label} must be at most ${max}.` }
  }
  return undefined
}

function patternIssue(
  definition: CustomFieldDefinition,
  field: string,
  label: string,
  value: string,
): ValidationIssue | undefined {
  if (definition.pattern === undefined || !PATTERN_TYPES.has(definition.type)) return undefined
  const regex = compilePattern(definition.pattern)
  if (!regex || regex.test(value)) return undefined
  return { field, rule: 'pattern', message: `${label} is not in the expected format.` }
}
