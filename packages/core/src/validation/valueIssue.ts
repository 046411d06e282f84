import { isCalendarDate } from '../model/isCalendarDate'
import type { CustomFieldDefinition } from '../model/schema'
import { compilePattern } from './compilePattern'
import { isHttpUrl } from './isHttpUrl'
import { isPlausibleEmail } from './isPlausibleEmail'
import { makeIssue } from './makeIssue'
import { utf8ByteLength } from './utf8ByteLength'
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

// A valid floating-point number as HTML defines it: no '+', no trailing dot, no hex.
const DECIMAL = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?$/

const FORMATS: Partial<Record<ValueSpec['type'], (value: string) => boolean>> = {
  date: isCalendarDate,
  url: isHttpUrl,
  email: isPlausibleEmail,
  boolean: (value) => value === 'true' || value === 'false',
  number: (value) => DECIMAL.test(value) && Number.isFinite(Number(value)),
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
  const fail = (rule: ValidationRule, detail?: string | number) => makeIssue(field, label, rule, detail)
  const { type, options, min, max, maxLength, maxBytes, pattern } = spec
  if (type === 'integer') {
    if (typeof value !== 'number') return fail('type', 'a number')
    return Number.isSafeInteger(value) && value >= 0
      ? undefined
      : fail('number', 'a whole number of 0 or more')
  }
  if (value === '') return spec.required ? fail('required') : undefined
  if (type === 'select' && !options?.some((option) => option.value === value)) {
    return fail('enum', options?.map((option) => option.value).join(', '))
  }
  if (typeof value !== 'string') return fail('type', 'text')
  if (FORMATS[type]?.(value) === false) return fail(type as ValidationRule, 'a number, such as 42 or 3.5')
  if (type === 'number' && min !== undefined && Number(value) < min) return fail('min', min)
  if (type === 'number' && max !== undefined && Number(value) > max) return fail('max', max)
  if (maxLength !== undefined && value.length > maxLength) return fail('maxLength', maxLength)
  if (maxBytes !== undefined && utf8ByteLength(value) > maxBytes) return fail('maxBytes', maxBytes)
  if (
    pattern !== undefined &&
    PATTERN_TYPES.includes(type) &&
    compilePattern(pattern)?.test(value) === false
  ) {
    return fail('pattern')
  }
  return undefined
}
