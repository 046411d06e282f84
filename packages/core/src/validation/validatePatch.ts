import { customKeyProblem } from '../model/customKeyProblem'
import { describeValue } from '../model/describeValue'
import { isCalendarDate } from '../model/isCalendarDate'
import { ALLOW_TYPES, GENDERS, STANDARD_FIELDS, type Profile, type StandardField } from '../model/profile'
import { readOwn } from '../model/readOwn'
import { resolveSchema, type ResolvedSchema } from '../model/resolveSchema'
import type { FieldRule, ProfileSchema } from '../model/schema'
import { fieldLabel } from './fieldLabel'
import { isHttpUrl } from './isHttpUrl'
import { isPlausibleEmail } from './isPlausibleEmail'
import { lengthIssue } from './lengthIssue'
import { validateCustomValue } from './validateCustomValue'
import type { ValidationIssue } from './ValidationIssue'

/**
 * Checks a patch against the backend's schema before any I/O and lists every problem (`[]` when
 * the patch is valid), at most one per field.
 *
 * - The patch is a plain object; `userID` and `updatedAt` cannot be set; other unknown keys fail.
 * - A standard field the schema does not list fails with `unknownField` (the backend does not
 *   store it); `editable: false` fails with `notEditable`.
 * - Types and formats: strings; `gender`/`allowType` from their lists; `birthday` `''` or a real
 *   `YYYY-MM-DD` date; `avatar` `''` or an http/https URL; `email` `''` or a plausible address;
 *   `language`/`level`/`role` whole numbers of 0 or more. Then `maxLength` (UTF-16 units) and
 *   `maxBytes` (UTF-8 bytes) from the field's rule.
 * - `customFields`: an object of string or `null` values under well-formed keys, declared in
 *   `schema.customFields` when it exists, each checked by {@link validateCustomValue}.
 *
 * With `current`, a value equal to what the profile already holds is no change and never fails
 * (a stored value longer than a new limit does not block saving other fields); removing a
 * required custom field still fails. `undefined` values count as absent.
 *
 * @throws {ProfileError} `invalid_argument` when `schema` itself is malformed (see `resolveSchema`).
 * @example
 * ```ts
 * validatePatch({ location: '浙江省杭州市西湖区' }, { fields: { location: { maxBytes: 16 } } })
 * // [{ field: 'location', rule: 'maxBytes', limit: 16, message: 'Location is too long: …' }]
 * ```
 */
export function validatePatch(
  patch: unknown,
  schema?: ProfileSchema | ResolvedSchema,
  current?: Profile,
): ValidationIssue[] {
  const resolved = resolveSchema(schema)
  if (!isPlainObject(patch)) {
    const message = `A profile patch must be an object such as { nick: 'Ada' }, but it is ${describeValue(patch)}.`
    return [{ field: '', rule: 'type', message }]
  }
  const issues: ValidationIssue[] = []
  for (const key of Object.keys(patch)) {
    const value = readOwn(patch, key)
    if (value === undefined) continue
    if (key === 'customFields') issues.push(...customFieldIssues(value, resolved, current))
    else if (isStandardField(key)) {
      const issue = standardFieldIssue(key, value, resolved, current)
      if (issue) issues.push(issue)
    } else issues.push(unknownKeyIssue(key))
  }
  return issues
}

function standardFieldIssue(
  field: StandardField,
  value: unknown,
  resolved: ResolvedSchema,
  current: Profile | undefined,
): ValidationIssue | undefined {
  const label = fieldLabel(field)
  const rule: FieldRule | undefined = resolved.fields[field]
  if (!rule) {
    const message = `This backend does not store ${label}; remove "${field}" from the patch.`
    return { field, rule: 'unknownField', message }
  }
  if (current && value === current[field]) return undefined
  if (rule.editable === false) return { field, rule: 'notEditable', message: `${label} cannot be changed.` }
  const issue = formatIssue(field, label, value)
  if (issue || typeof value !== 'string') return issue
  return lengthIssue(field, label, value, rule)
}

function formatIssue(field: StandardField, label: string, value: unknown): ValidationIssue | undefined {
  switch (field) {
    case 'gender':
      return enumIssue(field, label, value, GENDERS)
    case 'allowType':
      return enumIssue(field, label, value, ALLOW_TYPES)
    case 'language':
    case 'level':
    case 'role':
      if (typeof value !== 'number') return { field, rule: 'type', message: `${label} must be a number.` }
      return Number.isSafeInteger(value) && value >= 0
        ? undefined
        : { field, rule: 'number', message: `${label} must be a whole number of 0 or more.` }
  }
  if (typeof value !== 'string') return { field, rule: 'type', message: `${label} must be text.` }
  if (value === '') return undefined
  if (field === 'birthday' && !isCalendarDate(value)) {
    return { field, rule: 'date', message: `${label} must be a real date written YYYY-MM-DD, or empty.` }
  }
  if (field === 'avatar' && !isHttpUrl(value)) {
    const message = `${label} must be a web address starting with http:// or https://, or empty.`
    return { field, rule: 'url', message }
  }
  if (field === 'email' && !isPlausibleEmail(value)) {
    const message = `${label} must be an email address such as name@example.com, or empty.`
    return { field, rule: 'email', message }
  }
  return undefined
}

function enumIssue(
  field: StandardField,
  label: string,
  value: unknown,
  allowed: readonly string[],
): ValidationIssue | undefined {
  if (allowed.includes(value as string)) return undefined
  return { field, rule: 'enum', message: `${label} must be one of ${allowed.join(', ')}.` }
}

function customFieldIssues(
  value: unknown,
  resolved: ResolvedSchema,
  current: Profile | undefined,
): ValidationIssue[] {
  if (!isPlainObject(value)) {
    const message = `customFields must be an object of text values (null removes one), such as { team: 'core' }.`
    return [{ field: 'customFields', rule: 'type', message }]
  }
  const issues: ValidationIssue[] = []
  for (const key of Object.keys(value)) {
    const fieldValue = readOwn(value, key)
    if (fieldValue === undefined) continue
    const issue = customFieldIssue(key, fieldValue, resolved, current)
    if (issue) issues.push(issue)
  }
  return issues
}

function customFieldIssue(
  key: string,
  value: unknown,
  resolved: ResolvedSchema,
  current: Profile | undefined,
): ValidationIssue | undefined {
  const field = `customFields.${key}`
  const keyProblem = customKeyProblem(key)
  if (keyProblem) {
    const message = `The custom field key ${JSON.stringify(key)} ${keyProblem}; use a short name such as "team".`
    return { field, rule: 'customKey', message }
  }
  const definition = resolved.customFields?.find((candidate) => candidate.key === key)
  if (resolved.customFields && !definition) {
    const message = `This backend has no custom field "${key}"; declare it in schema.customFields or remove it from the patch.`
    return { field, rule: 'unknownField', message }
  }
  if (value !== null && typeof value !== 'string') {
    return { field, rule: 'type', message: `${definition?.label || key} must be text, or null to remove it.` }
  }
  if (current && (value ?? '') === (readOwn(current.customFields, key) ?? '')) return undefined
  return definition && validateCustomValue(definition, value)
}

function unknownKeyIssue(key: string): ValidationIssue {
  if (key === 'userID') {
    return { field: key, rule: 'notEditable', message: 'userID cannot be changed; remove it from the patch.' }
  }
  if (key === 'updatedAt') {
    return {
      field: key,
      rule: 'notEditable',
      message: 'updatedAt is set by the backend; remove it from the patch.',
    }
  }
  const message = `"${key}" is not a profile field; use ${STANDARD_FIELDS.join(', ')} or customFields.`
  return { field: key, rule: 'unknownField', message }
}

function isStandardField(key: string): key is StandardField {
  return (STANDARD_FIELDS as readonly string[]).includes(key)
}

/** Object literals and null-prototype objects, from this realm or another (an iframe). */
function isPlainObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === null || Object.getPrototypeOf(prototype) === null
}
