import { ProfileError } from '../errors/ProfileError'
import { customKeyProblem } from '../model/customFields'
import { describeValue } from '../errors/invalidArgument'
import {
  ADMIN_FORBID_TYPES,
  ALLOW_TYPES,
  GENDERS,
  MESSAGE_SETTINGS,
  STANDARD_FIELDS,
  type Profile,
  type ProfilePatch,
  type StandardField,
} from '../model/profile'
import { isPlainObject, readOwn } from '../model/guards'
import { resolveSchema, type ResolvedSchema } from '../model/resolveSchema'
import type { ProfileSchema } from '../model/schema'
import type { ValidationIssue } from './ValidationIssue'
import { makeIssue, valueIssue, type ValueSpec } from './valueIssue'
import { isObjectUrl } from './formats'

const TEXT: ValueSpec = { type: 'text' }
const INTEGER: ValueSpec = { type: 'integer' }
const choice = (values: readonly string[]): ValueSpec => ({
  type: 'select',
  options: values.map((value) => ({ value })),
  required: true,
})

// Each standard field as a custom-field definition with the label ProfileEditor shows, so one
// checker serves both and messages name fields as users see them.
const STANDARD: Record<StandardField, [label: string, spec: ValueSpec]> = {
  nick: ['Nickname', TEXT],
  avatar: ['Avatar URL', { type: 'url' }],
  gender: ['Gender', choice(GENDERS)],
  selfSignature: ['Status', TEXT],
  birthday: ['Birthday', { type: 'date' }],
  location: ['Location', TEXT],
  email: ['Email', { type: 'email' }],
  phone: ['Phone', TEXT],
  allowType: ['Friend requests', choice(ALLOW_TYPES)],
  messageSettings: ['Messages', choice(MESSAGE_SETTINGS)],
  adminForbidType: ['Sending friend requests', choice(ADMIN_FORBID_TYPES)],
  language: ['Language', INTEGER],
  level: ['Level', INTEGER],
  role: ['Role', INTEGER],
}

/**
 * Checks a patch against the backend's schema before any I/O and lists every problem (`[]` when
 * the patch is valid), at most one per field.
 *
 * - The patch is a plain object; `userID` and `updatedAt` cannot be set; other unknown keys fail.
 * - A standard field the schema does not list fails with `unknownField` (the backend does not
 *   store it); `editable: false` fails with `notEditable`.
 * - Types and formats: strings; `gender`, `allowType`, `messageSettings`, `adminForbidType` from
 *   their lists; `birthday` `''` or a real
 *   `YYYY-MM-DD` date; `avatar` `''` or an http/https URL (or a `blob:` URL when the schema
 *   declares `avatarObjectUrls`); `email` `''` or a plausible address;
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
    return [
      makeIssue(
        '',
        'A profile patch',
        'type',
        `must be an object such as { nick: 'Ada' }, not ${describeValue(patch)}`,
      ),
    ]
  }
  const issues: Array<ValidationIssue | undefined> = []
  for (const key of Object.keys(patch)) {
    const value = readOwn(patch, key)
    if (value === undefined) continue
    if (key === 'customFields') issues.push(...customFieldIssues(value, resolved, current))
    else issues.push(standardFieldIssue(key, value, resolved, current))
  }
  return issues.filter((issue) => issue !== undefined)
}

function standardFieldIssue(
  key: string,
  value: unknown,
  resolved: ResolvedSchema,
  current: Profile | undefined,
): ValidationIssue | undefined {
  const standard = readOwn(STANDARD, key) as (typeof STANDARD)[StandardField] | undefined
  if (!standard) {
    if (key === 'userID' || key === 'updatedAt') return makeIssue(key, key, 'notEditable', NOT_EDITABLE)
    const message = `"${key}" is not a profile field; use ${STANDARD_FIELDS.join(', ')} or customFields.`
    return { field: key, rule: 'unknownField', message }
  }
  const [label, spec] = standard
  const rule = resolved.fields[key as StandardField]
  if (!rule) return makeIssue(key, label, 'unknownField', NOT_STORED)
  if (current && value === current[key as StandardField]) return undefined
  if (rule.editable === false) return makeIssue(key, label, 'notEditable', NOT_EDITABLE)
  if (key === 'avatar' && isStoredObjectUrl(value, resolved)) return undefined
  return valueIssue(key, label, { ...spec, ...rule }, value)
}

function customFieldIssues(
  value: unknown,
  resolved: ResolvedSchema,
  current: Profile | undefined,
): Array<ValidationIssue | undefined> {
  if (!isPlainObject(value)) {
    return [
      makeIssue(
        'customFields',
        'customFields',
        'type',
        "must be an object of text values (null removes one), such as { team: 'core' }",
      ),
    ]
  }
  return Object.keys(value).map((key) => customFieldIssue(key, readOwn(value, key), resolved, current))
}

function customFieldIssue(
  key: string,
  value: unknown,
  resolved: ResolvedSchema,
  current: Profile | undefined,
): ValidationIssue | undefined {
  const field = `customFields.${key}`
  const keyProblem = customKeyProblem(key)
  if (keyProblem)
    return makeIssue(
      field,
      `The custom field key ${JSON.stringify(key)}`,
      'customKey',
      `${keyProblem}; use a short name such as "team"`,
    )
  const definition = resolved.customFields?.find((candidate) => candidate.key === key)
  if (resolved.customFields && !definition)
    return makeIssue(field, `The custom field "${key}"`, 'unknownField', NOT_STORED)
  const text = value ?? '' // null removes the field: the same as ''
  if (value === undefined || (current && text === (readOwn(current.customFields, key) ?? '')))
    return undefined
  return valueIssue(field, definition?.label || key, definition ?? TEXT, text)
}

/** A `blob:` avatar, for a backend in this page that declares it keeps photos that way. */
function isStoredObjectUrl(value: unknown, resolved: ResolvedSchema): boolean {
  return resolved.avatarObjectUrls && typeof value === 'string' && isObjectUrl(value)
}

const NOT_STORED = 'is not stored by this backend; remove it from the patch'
const NOT_EDITABLE = 'cannot be changed; remove it from the patch'

/**
 * {@link validatePatch}, throwing the first problem as a `ProfileError` with code
 * `invalid_argument`, the issue's message and its `field`. Afterwards TypeScript knows `patch`
 * is a {@link ProfilePatch}.
 *
 * @throws {ProfileError} `invalid_argument` for the first issue found.
 * @example
 * ```ts
 * assertValidPatch(patch, adapter.schema, currentProfile)
 * await adapter.updateMyProfile(diffPatch(currentProfile, patch))
 * ```
 */
export function assertValidPatch(
  patch: unknown,
  schema?: ProfileSchema | ResolvedSchema,
  current?: Profile,
): asserts patch is ProfilePatch {
  const [issue] = validatePatch(patch, schema, current)
  if (issue) throw new ProfileError('invalid_argument', issue.message, { field: issue.field })
}
