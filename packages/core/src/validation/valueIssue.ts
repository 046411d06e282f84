import { isCalendarDate } from '../model/guards'
import type { CustomFieldDefinition } from '../model/schema'
import { isHttpUrl, isPlausibleEmail } from './formats'
import { utf8ByteLength } from './textLength'
import type { ValidationIssue, ValidationRule } from './ValidationIssue'

/**
 * How one value is checked: a custom field's definition, or a standard field written as one
 * (`integer` is the standard numeric fields' type: a JavaScript number, whole, 0 or more).
 *
 * @internal
 */
export type ValueSpec = Omit<CustomFieldDefinition, 'key' | 'label' | 'type'> & {
  type: CustomFieldDefinition['type'] | 'integer'
}

/**
 * Builds an issue whose English message is `label`, then `problem`, then a full stop:
 * `makeIssue('nick', 'Nickname', 'required', 'is required')` says "Nickname is required.".
 * `limit` is the number the rule compares with, for UIs that word their own message.
 *
 * @internal Shared by `validatePatch` and `valueIssue`, so every issue reads alike.
 */
export function makeIssue(
  field: string,
  label: string,
  rule: ValidationRule,
  problem: string,
  limit?: number,
): ValidationIssue {
  const issue: ValidationIssue = { field, rule, message: `${label} ${problem}.` }
  if (limit !== undefined) issue.limit = limit
  return issue
}

// A valid floating-point number as HTML defines it: no '+', no trailing dot, no hex.
const DECIMAL = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?$/

/** A text format a custom field can require, and what the user is told when a value misses it. */
interface Format {
  accepts: (value: string) => boolean
  problem: string
}

const FORMATS: Partial<Record<ValueSpec['type'], Format>> = {
  date: { accepts: isCalendarDate, problem: 'must be a real date written YYYY-MM-DD' },
  url: { accepts: isHttpUrl, problem: 'must be a web address starting with http:// or https://' },
  email: { accepts: isPlausibleEmail, problem: 'must be an email address such as name@example.com' },
  boolean: {
    accepts: (value) => value === 'true' || value === 'false',
    problem: "must be 'true' or 'false'",
  },
  number: {
    accepts: (value) => DECIMAL.test(value) && Number.isFinite(Number(value)),
    problem: 'must be a number, such as 42 or 3.5',
  },
}

// HTML applies `pattern` to these input types only.
const PATTERN_TYPES: readonly ValueSpec['type'][] = ['text', 'textarea', 'url', 'email']

/**
 * The first rule `value` breaks, or `undefined`. `''` means "no value": fine unless required.
 * Order: type, format (options, date, URL, email, boolean, decimal with `min`/`max`), `maxLength`
 * (UTF-16 units), `maxBytes` (UTF-8), then `pattern` (ignored when it is not a valid expression).
 *
 * @internal The one checker behind `validatePatch` and `validateCustomValue`.
 */
export function valueIssue(
  field: string,
  label: string,
  spec: ValueSpec,
  value: unknown,
): ValidationIssue | undefined {
  const fail = (rule: ValidationRule, problem: string, limit?: number) =>
    makeIssue(field, label, rule, problem, limit)
  const { type, options, min, max, maxLength, maxBytes, pattern } = spec
  if (type === 'integer') {
    if (typeof value !== 'number') return fail('type', 'must be a number')
    return Number.isSafeInteger(value) && value >= 0
      ? undefined
      : fail('number', 'must be a whole number of 0 or more')
  }
  if (value === '') return spec.required ? fail('required', 'is required') : undefined
  if (type === 'select' && !options?.some((option) => option.value === value)) {
    return fail('enum', `must be one of ${options?.map((option) => option.value).join(', ')}`)
  }
  if (typeof value !== 'string') return fail('type', 'must be text')
  const format = FORMATS[type]
  if (format && !format.accepts(value)) return fail(type as ValidationRule, format.problem)
  if (type === 'number' && min !== undefined && Number(value) < min) {
    return fail('min', `must be at least ${min}`, min)
  }
  if (type === 'number' && max !== undefined && Number(value) > max) {
    return fail('max', `must be at most ${max}`, max)
  }
  if (maxLength !== undefined && value.length > maxLength) {
    return fail(
      'maxLength',
      `can be at most ${maxLength} characters long (an emoji may count as 2)`,
      maxLength,
    )
  }
  if (maxBytes !== undefined && utf8ByteLength(value) > maxBytes) {
    return fail(
      'maxBytes',
      `is too long: at most ${maxBytes} bytes (a Chinese character takes 3, most emoji 4)`,
      maxBytes,
    )
  }
  if (
    pattern !== undefined &&
    PATTERN_TYPES.includes(type) &&
    compilePattern(pattern)?.test(value) === false
  ) {
    return fail('pattern', 'is not in the expected format')
  }
  return undefined
}

const compiled = new Map<string, RegExp | null>()

/**
 * The anchored regular expression for a definition's `pattern`, as HTML builds it:
 * `^(?:pattern)$` with the `v` flag, falling back to `u` for patterns only `u` accepts
 * (such as `[\w-]`). `null` when the pattern is invalid: it is then ignored, never thrown.
 *
 * @internal Cached per pattern source; patterns come from schemas, so the cache stays small.
 */
export function compilePattern(pattern: string): RegExp | null {
  let regex = compiled.get(pattern)
  if (regex === undefined) {
    regex = tryRegExp(pattern, 'v') ?? tryRegExp(pattern, 'u')
    compiled.set(pattern, regex)
  }
  return regex
}

function tryRegExp(pattern: string, flags: string): RegExp | null {
  try {
    return new RegExp(`^(?:${pattern})$`, flags)
  } catch {
    return null
  }
}

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
