// eslint-disable-next-line no-control-regex
const UNSAFE = /[\s\u0000-\u001f\u007f-\u009f]/
const LOCAL_FORBIDDEN = /[<>()[\]\\,;:"@]/
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u

/**
 * `true` for something that looks like a deliverable address: `local@domain.tld`, at most 254
 * characters, no spaces or control characters, a dotted domain. Unicode (`用户@例子.中国`) is
 * accepted; whether the mailbox exists is the backend's business.
 *
 * @example
 * ```ts
 * isPlausibleEmail('ada@example.com') // true
 * isPlausibleEmail('ada@localhost') // false
 * ```
 */
export function isPlausibleEmail(value: string): boolean {
  if (value.length > 254 || UNSAFE.test(value)) return false
  const at = value.lastIndexOf('@')
  const local = value.slice(0, at)
  const labels = value.slice(at + 1).split('.')
  return (
    at >= 1 &&
    local.length <= 64 &&
    !LOCAL_FORBIDDEN.test(local) &&
    !local.startsWith('.') &&
    !local.endsWith('.') &&
    !local.includes('..') &&
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label))
  )
}
