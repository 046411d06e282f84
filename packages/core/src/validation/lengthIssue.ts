import type { FieldRule } from '../model/schema'
import { utf16Length } from './utf16Length'
import { utf8ByteLength } from './utf8ByteLength'
import type { ValidationIssue } from './ValidationIssue'

/**
 * The first length limit `value` breaks: `maxLength` in UTF-16 units, then `maxBytes` in UTF-8.
 *
 * @internal Shared by `validatePatch` and `validateCustomValue`.
 */
export function lengthIssue(
  field: string,
  label: string,
  value: string,
  limits: Pick<FieldRule, 'maxLength' | 'maxBytes'>,
): ValidationIssue | undefined {
  const { maxLength, maxBytes } = limits
  if (maxLength !== undefined && utf16Length(value) > maxLength) {
    return {
      field,
      rule: 'maxLength',
      limit: maxLength,
      message: `${label} can be at most ${maxLength} characters long (an emoji may count as 2). Shorten it.`,
    }
  }
  if (maxBytes !== undefined && utf8ByteLength(value) > maxBytes) {
    return {
      field,
      rule: 'maxBytes',
      limit: maxBytes,
      message: `${label} is too long: at most ${maxBytes} bytes (a Chinese character takes 3, most emoji 4). Shorten it.`,
    }
  }
  return undefined
}
