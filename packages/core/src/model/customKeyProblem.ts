/** Longest custom-field key the kit accepts; vendors allow less (Tencent: 8 bytes after its prefix). */
const MAX_CUSTOM_KEY_LENGTH = 64

// C0 and C1 control characters and DEL: invisible, and some backends reject or mangle them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/

/**
 * Why `key` cannot name a custom field (an English phrase such as `'is empty'`), or `undefined`
 * when it can: keys are non-empty strings of at most 64 UTF-16 units without control characters.
 *
 * @internal Shared by `resolveSchema` and `validatePatch`.
 */
export function customKeyProblem(key: unknown): string | undefined {
  if (typeof key !== 'string') return 'is not a string'
  if (key === '') return 'is empty'
  if (key.length > MAX_CUSTOM_KEY_LENGTH) return `is longer than ${MAX_CUSTOM_KEY_LENGTH} characters`
  if (CONTROL.test(key)) return 'contains control characters'
  return undefined
}
