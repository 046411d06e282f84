import { ProfileError } from '../errors/ProfileError'
import { customKeyProblem } from './customFields'
import { invalidArgument } from '../errors/invalidArgument'
import { isRecord, readOwn } from './guards'
import { EDITABLE_FIELDS, EDITOR_FIELDS, STANDARD_FIELDS, type StandardField } from './profile'
import {
  DEFAULT_MAX_BATCH_SIZE,
  type CustomFieldDefinition,
  type CustomFieldType,
  type FieldRule,
  type ProfileSchema,
} from './schema'

/**
 * A {@link ProfileSchema} with its defaults filled in and checked. Frozen: treat it as read-only.
 *
 * @example
 * ```ts
 * const { maxBatchSize, fields, customFields } = resolveSchema(adapter.schema)
 * ```
 */
export interface ResolvedSchema {
  /** Most IDs per `getUserProfiles` call: the schema's value or `100`. */
  maxBatchSize: number
  /** The standard fields the backend stores; the nine editor fields without limits by default. */
  fields: Partial<Record<StandardField, FieldRule>>
  /** Declared custom fields, or `undefined` when any custom key is allowed. */
  customFields: CustomFieldDefinition[] | undefined
  /** Whether `avatar` may be a `blob:` object URL (a backend in this page); `false` by default. */
  avatarObjectUrls: boolean
}

const CUSTOM_FIELD_TYPES: readonly CustomFieldType[] = [
  'text',
  'textarea',
  'number',
  'select',
  'date',
  'url',
  'email',
  'boolean',
]

const isCount = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 1
const COUNT = [isCount, 'a whole number of at least 1'] as const
const FINITE = [Number.isFinite, 'a finite number'] as const

// What each optional property of a field rule or custom definition must be, and how to say so.
const PROPERTIES: Record<string, readonly [test: (value: unknown) => boolean, expected: string]> = {
  maxLength: COUNT,
  maxBytes: COUNT,
  editable: [(value) => typeof value === 'boolean', 'true or false'],
  min: FINITE,
  max: FINITE,
  pattern: [(value) => typeof value === 'string', 'a regular expression source string'],
}

// Resolved schemas by the schema they came from, and each resolved schema by itself.
const cache = new WeakMap<object, ResolvedSchema>()
const NO_SCHEMA = {}

/**
 * Fills in the defaults of an adapter's schema (`maxBatchSize` 100; the nine fields
 * `ProfileEditor` labels, without limits, when `fields` is absent; any custom key when
 * `customFields` is absent) and checks it. Memoized per schema object, so do not mutate a schema
 * after handing it to the kit. A resolved schema passed in is returned as it is.
 *
 * @throws {ProfileError} `invalid_argument` naming the part of the schema to fix.
 * @example
 * ```ts
 * resolveSchema(undefined).maxBatchSize // 100
 * resolveSchema({ fields: { nick: { maxBytes: 500 } } }).fields // { nick: { maxBytes: 500 } }
 * ```
 */
export function resolveSchema(schema: ProfileSchema | ResolvedSchema = NO_SCHEMA): ResolvedSchema {
  if (!isRecord(schema)) {
    throw invalidArgument('schema', schema, "an object (the adapter's schema) or undefined")
  }
  let result = cache.get(schema)
  if (!result) {
    check('schema', schema, 'maxBatchSize', COUNT)
    result = Object.freeze({
      maxBatchSize: (readOwn(schema, 'maxBatchSize') as number | undefined) ?? DEFAULT_MAX_BATCH_SIZE,
      fields: resolveFields(readOwn(schema, 'fields')),
      customFields: resolveCustomFields(readOwn(schema, 'customFields')),
      avatarObjectUrls: resolveFlag('schema.avatarObjectUrls', readOwn(schema, 'avatarObjectUrls')),
    })
    cache.set(schema, result).set(result, result)
  }
  return result
}

function resolveFlag(path: string, value: unknown): boolean {
  if (value === undefined) return false
  if (typeof value !== 'boolean') throw invalidArgument(path, value, 'true or false')
  return value
}

function resolveFields(value: unknown): Partial<Record<StandardField, FieldRule>> {
  const fields: Partial<Record<StandardField, FieldRule>> = {}
  if (value === undefined) {
    for (const field of EDITABLE_FIELDS) fields[field] = Object.freeze({})
  } else {
    if (!isRecord(value)) {
      throw invalidArgument('schema.fields', value, 'an object of field rules')
    }
    for (const key of Object.keys(value)) {
      if (!(STANDARD_FIELDS as readonly string[]).includes(key)) {
        throw new ProfileError(
          'invalid_argument',
          `schema.fields.${key} is not a standard profile field; use ${STANDARD_FIELDS.join(', ')}.`,
          { field: `schema.fields.${key}` },
        )
      }
      const rule = readOwn(value, key)
      // `{ nick: undefined }` reads as "nick not listed", the same as leaving the key out.
      if (rule !== undefined)
        fields[key as StandardField] = Object.freeze(
          copyChecked<FieldRule>(`schema.fields.${key}`, rule, 'editable'),
        )
    }
  }
  return Object.freeze(fields)
}

function resolveCustomFields(value: unknown): CustomFieldDefinition[] | undefined {
  if (value === undefined) return undefined
  if (!Array.isArray(value)) {
    throw invalidArgument('schema.customFields', value, 'an array of field definitions')
  }
  const keys = new Set<unknown>()
  const definitions = value.map((definition: unknown, index) => {
    const path = `schema.customFields[${index}]`
    const copy = copyChecked<CustomFieldDefinition>(path, definition, 'min', 'max', 'pattern')
    const keyProblem = customKeyProblem(copy.key)
    if (keyProblem) {
      throw new ProfileError(
        'invalid_argument',
        `${path}.key ${keyProblem}; use a short name such as 'team'.`,
        {
          field: `${path}.key`,
        },
      )
    }
    if (keys.has(copy.key)) {
      throw new ProfileError(
        'invalid_argument',
        `schema.customFields declares the key "${copy.key}" twice.`,
        {
          field: `${path}.key`,
        },
      )
    }
    keys.add(copy.key)
    if (!CUSTOM_FIELD_TYPES.includes(copy.type)) {
      throw invalidArgument(`${path}.type`, copy.type, `one of ${CUSTOM_FIELD_TYPES.join(', ')}`)
    }
    if (copy.type === 'select') copy.options = resolveOptions(path, copy.options)
    return Object.freeze(copy)
  })
  return Object.freeze(definitions) as CustomFieldDefinition[]
}

/** A copy of a field rule or custom definition, after checking its limits and the named properties. */
function copyChecked<T extends object>(path: string, value: unknown, ...names: string[]): T {
  if (!isRecord(value)) {
    throw invalidArgument(path, value, 'an object')
  }
  for (const name of ['maxLength', 'maxBytes', ...names]) check(path, value, name)
  return { ...value } as T
}

function check(path: string, object: object, name: string, [test, expected] = PROPERTIES[name]!): void {
  const value = readOwn(object, name)
  if (value !== undefined && !test(value)) {
    throw invalidArgument(`${path}.${name}`, value, expected)
  }
}

function resolveOptions(path: string, options: unknown): CustomFieldDefinition['options'] {
  const valid =
    Array.isArray(options) &&
    options.length > 0 &&
    options.every((option: unknown) => isRecord(option) && typeof readOwn(option, 'value') === 'string')
  if (!valid) {
    throw new ProfileError(
      'invalid_argument',
      `${path}.options must list the choices of a select field, such as [{ value: 'core' }].`,
      { field: `${path}.options` },
    )
  }
  return Object.freeze(options.map((option: object) => Object.freeze({ ...option }))) as NonNullable<
    CustomFieldDefinition['options']
  >
}

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
