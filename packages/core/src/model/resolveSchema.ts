import { ProfileError } from '../errors/ProfileError'
import { customKeyProblem } from './customKeyProblem'
import { describeValue } from './describeValue'
import { isRecordObject } from './isRecordObject'
import { EDITABLE_FIELDS, STANDARD_FIELDS, type StandardField } from './profile'
import { readOwn } from './readOwn'
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

const resolvedBySchema = new WeakMap<object, ResolvedSchema>()
const resolved = new WeakSet<object>()
let resolvedDefault: ResolvedSchema | undefined

/**
 * Fills in the defaults of an adapter's schema (SPEC: `maxBatchSize` 100; the nine fields
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
export function resolveSchema(schema?: ProfileSchema | ResolvedSchema): ResolvedSchema {
  if (schema === undefined) return (resolvedDefault ??= register(build({})))
  if (!isRecordObject(schema)) {
    throw invalid(`The adapter schema must be an object or undefined, but it is ${describeValue(schema)}.`)
  }
  if (resolved.has(schema)) return schema as ResolvedSchema
  let result = resolvedBySchema.get(schema)
  if (!result) {
    result = register(build(schema))
    resolvedBySchema.set(schema, result)
  }
  return result
}

function register(schema: ResolvedSchema): ResolvedSchema {
  resolved.add(schema)
  return schema
}

function build(schema: object): ResolvedSchema {
  return Object.freeze({
    maxBatchSize: resolveMaxBatchSize(readOwn(schema, 'maxBatchSize')),
    fields: resolveFields(readOwn(schema, 'fields')),
    customFields: resolveCustomFields(readOwn(schema, 'customFields')),
  })
}

function resolveMaxBatchSize(value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_BATCH_SIZE
  if (!isCount(value)) {
    throw invalid(
      `schema.maxBatchSize must be a whole number of at least 1, but it is ${describeValue(value)}. ` +
        `Set it to the most IDs the backend accepts per request, or leave it out to use ${DEFAULT_MAX_BATCH_SIZE}.`,
    )
  }
  return value
}

function resolveFields(value: unknown): Partial<Record<StandardField, FieldRule>> {
  const fields: Partial<Record<StandardField, FieldRule>> = {}
  if (value === undefined) {
    for (const field of EDITABLE_FIELDS) fields[field] = Object.freeze({})
    return Object.freeze(fields)
  }
  if (!isRecordObject(value)) {
    throw invalid(`schema.fields must be an object of field rules, but it is ${describeValue(value)}.`)
  }
  for (const key of Object.keys(value)) {
    if (!(STANDARD_FIELDS as readonly string[]).includes(key)) {
      throw invalid(
        `schema.fields.${key} is not a standard profile field; use one of ${STANDARD_FIELDS.join(', ')}.`,
      )
    }
    const rule = readOwn(value, key)
    // `{ nick: undefined }` reads as "nick not listed", the same as leaving the key out.
    if (rule !== undefined) fields[key as StandardField] = resolveFieldRule(`schema.fields.${key}`, rule)
  }
  return Object.freeze(fields)
}

function resolveFieldRule(path: string, rule: unknown): FieldRule {
  if (!isRecordObject(rule)) {
    throw invalid(`${path} must be an object such as { maxLength: 64 }, but it is ${describeValue(rule)}.`)
  }
  const editable = readOwn(rule, 'editable')
  if (editable !== undefined && typeof editable !== 'boolean') {
    throw invalid(`${path}.editable must be true or false, but it is ${describeValue(editable)}.`)
  }
  checkLimits(path, rule)
  return Object.freeze({ ...rule })
}

/** Checks `maxLength` and `maxBytes`, the limits field rules and custom definitions share. */
function checkLimits(path: string, rule: object): void {
  for (const limit of ['maxLength', 'maxBytes'] as const) {
    const value = readOwn(rule, limit)
    if (value !== undefined && !isCount(value)) {
      throw invalid(
        `${path}.${limit} must be a whole number of at least 1, but it is ${describeValue(value)}.`,
      )
    }
  }
}

function resolveCustomFields(value: unknown): CustomFieldDefinition[] | undefined {
  if (value === undefined) return undefined
  if (!Array.isArray(value)) {
    throw invalid(
      `schema.customFields must be an array of field definitions, but it is ${describeValue(value)}.`,
    )
  }
  const seen = new Set<string>()
  const definitions = value.map((definition: unknown, index) => {
    const checked = resolveCustomField(`schema.customFields[${index}]`, definition)
    if (seen.has(checked.key)) {
      throw invalid(
        `schema.customFields declares the key "${checked.key}" twice; give each field its own key.`,
      )
    }
    seen.add(checked.key)
    return checked
  })
  return Object.freeze(definitions) as CustomFieldDefinition[]
}

function resolveCustomField(path: string, definition: unknown): CustomFieldDefinition {
  if (!isRecordObject(definition)) {
    throw invalid(
      `${path} must be an object such as { key: 'team', type: 'text' }, but it is ${describeValue(definition)}.`,
    )
  }
  const key = readOwn(definition, 'key')
  const keyProblem = customKeyProblem(key)
  if (keyProblem) throw invalid(`${path}.key ${keyProblem}; use a short name such as 'team'.`)
  const type = readOwn(definition, 'type')
  if (!(CUSTOM_FIELD_TYPES as readonly unknown[]).includes(type)) {
    throw invalid(
      `${path}.type must be one of ${CUSTOM_FIELD_TYPES.join(', ')}, but it is ${describeValue(type)}.`,
    )
  }
  checkLimits(path, definition)
  for (const bound of ['min', 'max'] as const) {
    const value = readOwn(definition, bound)
    if (value !== undefined && !(typeof value === 'number' && Number.isFinite(value))) {
      throw invalid(`${path}.${bound} must be a finite number, but it is ${describeValue(value)}.`)
    }
  }
  const pattern = readOwn(definition, 'pattern')
  if (pattern !== undefined && typeof pattern !== 'string') {
    throw invalid(
      `${path}.pattern must be a regular expression source string, but it is ${describeValue(pattern)}.`,
    )
  }
  const options = type === 'select' ? resolveOptions(path, readOwn(definition, 'options')) : undefined
  const copy = { ...definition } as CustomFieldDefinition
  if (options) copy.options = options
  return Object.freeze(copy)
}

function resolveOptions(path: string, options: unknown): CustomFieldDefinition['options'] {
  const valid =
    Array.isArray(options) &&
    options.length > 0 &&
    options.every((option: unknown) => isRecordObject(option) && typeof readOwn(option, 'value') === 'string')
  if (!valid) {
    throw invalid(`${path}.options must list the choices of a select field, such as [{ value: 'core' }].`)
  }
  return Object.freeze(options.map((option: object) => Object.freeze({ ...option }))) as NonNullable<
    CustomFieldDefinition['options']
  >
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1
}

function invalid(message: string): ProfileError {
  return new ProfileError('invalid_argument', message)
}
