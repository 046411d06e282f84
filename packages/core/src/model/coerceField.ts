import {
  ADMIN_FORBID_TYPES,
  ALLOW_TYPES,
  GENDERS,
  MESSAGE_SETTINGS,
  type Profile,
  type StandardField,
} from './profile'
import { coerceCustomValue } from './customFields'
import { isCalendarDate } from './guards'

/** The fields whose raw adapter values {@link coerceField} understands. */
export type CoercibleField = StandardField | 'updatedAt'

/**
 * Turns one raw adapter value into the value the {@link Profile} field holds, or `undefined` when
 * the value is unusable (the caller then falls back to the default or keeps the old value).
 * Numbers become decimal strings where strings belong; numeric strings are parsed where numbers
 * belong; NaN, Infinity, unknown enum values and impossible dates are unusable.
 *
 * @internal Shared by `normalizeProfile` and `applyPatch`.
 */
export function coerceField<K extends CoercibleField>(
  field: K,
  value: unknown,
): (K extends StandardField ? Profile[K] : number) | undefined
export function coerceField(field: CoercibleField, value: unknown): string | number | undefined {
  switch (field) {
    case 'gender':
      return oneOf(GENDERS, value)
    case 'allowType':
      return oneOf(ALLOW_TYPES, value)
    case 'messageSettings':
      return oneOf(MESSAGE_SETTINGS, value)
    case 'adminForbidType':
      return oneOf(ADMIN_FORBID_TYPES, value)
    case 'birthday': {
      const text = coerceText(value)
      return text === '' || isCalendarDate(text) ? text : undefined
    }
    case 'language':
    case 'level':
    case 'role':
      return coerceNumber(value)
    case 'updatedAt': {
      const stamp = value instanceof Date ? value.getTime() : coerceNumber(value)
      return stamp !== undefined && stamp >= 0 && Number.isFinite(stamp) ? stamp : undefined
    }
    default:
      return coerceText(value)
  }
}

function oneOf(values: readonly string[], value: unknown): string | undefined {
  return (values as readonly unknown[]).includes(value) ? (value as string) : undefined
}

function coerceText(value: unknown): string | undefined {
  // Custom values may be booleans ('true'/'false'); a standard text field of `true` is garbage.
  return typeof value === 'boolean' ? undefined : coerceCustomValue(value)
}

function coerceNumber(value: unknown): number | undefined {
  let number: number
  if (typeof value === 'number') number = value
  else if (typeof value === 'bigint') number = Number(value)
  // Number('') and Number('  ') are 0; a blank string is "no value", not zero.
  else if (typeof value === 'string' && value.trim() !== '') number = Number(value)
  else return undefined
  return Number.isFinite(number) ? number : undefined
}
