import { utf8ByteLength } from '@profile-kit/core/vanilla'

/**
 * The counter to show for a value under limits: UTF-16 units against `maxLength` (a string's
 * `length`, as the core and HTML `maxlength` count them), else UTF-8 bytes against `maxBytes`; nothing without a limit.
 */
export function lengthCounter(
  value: string,
  limits: { maxLength?: number | undefined; maxBytes?: number | undefined } | undefined,
): { used: number; limit: number } | undefined {
  if (limits?.maxLength !== undefined) return { used: value.length, limit: limits.maxLength }
  if (limits?.maxBytes !== undefined) return { used: utf8ByteLength(value), limit: limits.maxBytes }
  return undefined
}
