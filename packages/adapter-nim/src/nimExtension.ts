import { ProfileError } from '@profile-kit/core/vanilla'
import { NIM_EXTENSION_MAX_LENGTH } from './nimConstants'

/** A `serverExtension` as the adapter understands it. */
export type NimExtension =
  /** Nothing stored. */
  | { kind: 'empty' }
  /** A JSON object: the kit's custom fields live in its keys. */
  | { kind: 'json'; object: Record<string, unknown> }
  /** Anything else (plain text, a JSON array or number): someone else's data, never rewritten. */
  | { kind: 'text'; text: string }

/**
 * Reads a V2NIMUser `serverExtension`. JSON objects are parsed into a null-prototype record, so a
 * key named `__proto__` is just a key.
 *
 * @example
 * ```ts
 * parseNimExtension('{"team":"core"}') // { kind: 'json', object: { team: 'core' } }
 * parseNimExtension('vip') // { kind: 'text', text: 'vip' }
 * ```
 */
export function parseNimExtension(raw: unknown): NimExtension {
  if (typeof raw !== 'string' || raw.trim() === '') return { kind: 'empty' }
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return { kind: 'text', text: raw }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { kind: 'text', text: raw }
  return { kind: 'json', object: Object.assign(Object.create(null) as Record<string, unknown>, parsed) }
}

/**
 * The kit's `customFields` from a `serverExtension`: string values as they are, numbers and
 * booleans as strings; nested values are not custom fields and are left out (and kept on write).
 * A non-JSON extension has no custom fields.
 *
 * @example
 * ```ts
 * customFieldsFromNimExtension('{"team":"core","age":42,"tags":["a"]}') // { team: 'core', age: '42' }
 * ```
 */
export function customFieldsFromNimExtension(raw: unknown): Record<string, string> {
  const fields = Object.create(null) as Record<string, string>
  const extension = parseNimExtension(raw)
  if (extension.kind !== 'json') return fields
  for (const [key, value] of Object.entries(extension.object)) {
    if (typeof value === 'string') fields[key] = value
    else if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean') {
      fields[key] = String(value)
    }
  }
  return fields
}

/**
 * The `serverExtension` to write for a custom-field patch, merged into the stored one: keys the kit
 * does not know are kept, `null` or `''` deletes a key, and a value replacing a number or boolean
 * keeps that JSON type when it can (`'42'` over `41` is written `42`).
 *
 * @throws {ProfileError} `invalid_argument` with `field: 'customFields.<key>'` for a value that is
 * not a string or `null`, and with `field: 'customFields'` when the stored extension
 * is not a JSON object (it is left untouched rather than destroyed) or the result would be longer
 * than NetEase's 1,024 characters.
 * @example
 * ```ts
 * mergeNimExtension('{"team":"core","theme":"dark"}', { team: null, mood: 'ok' })
 * // '{"theme":"dark","mood":"ok"}'
 * ```
 */
export function mergeNimExtension(stored: unknown, patch: Record<string, string | null>): string {
  const extension = parseNimExtension(stored)
  if (extension.kind === 'text') {
    throw new ProfileError(
      'invalid_argument',
      "Custom fields cannot be saved: this user's NetEase serverExtension holds data that is not a JSON object, and Profile Kit will not overwrite it. Migrate it to a JSON object (or clear it) to use custom fields.",
      { field: 'customFields' },
    )
  }
  const merged =
    extension.kind === 'json' ? extension.object : (Object.create(null) as Record<string, unknown>)
  for (const key of Object.keys(patch)) {
    const value: unknown = patch[key]
    if (value === null || value === undefined || value === '') delete merged[key]
    else if (typeof value === 'string') merged[key] = keepJsonType(merged[key], value)
    else {
      throw new ProfileError(
        'invalid_argument',
        `Custom field ${JSON.stringify(key)} must be a string (or null to remove it), got ${typeof value}.`,
        { field: `customFields.${key}` },
      )
    }
  }
  const text = JSON.stringify(merged)
  if (text.length > NIM_EXTENSION_MAX_LENGTH) {
    throw new ProfileError(
      'invalid_argument',
      `Custom fields would take ${text.length} characters in NetEase's serverExtension, which holds at most ${NIM_EXTENSION_MAX_LENGTH} (other data stored there counts too). Shorten or remove some values.`,
      { field: 'customFields' },
    )
  }
  return text
}

const DECIMAL = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/

function keepJsonType(previous: unknown, value: string): unknown {
  // Only when the number reads back as the very text typed: '007' or '1e3' stay strings.
  if (typeof previous === 'number' && DECIMAL.test(value) && String(Number(value)) === value)
    return Number(value)
  if (typeof previous === 'boolean' && (value === 'true' || value === 'false')) return value === 'true'
  return value
}
