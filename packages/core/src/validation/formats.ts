/** The text formats custom fields and `avatarUrl` accept beyond plain text: web addresses and email addresses. */

// Whitespace, control characters and invisible format characters (zero-width, bidi overrides):
// URL parsers silently drop tabs and newlines ('java\tscript:'), and none belongs in an avatar URL.
// eslint-disable-next-line no-control-regex
const URL_UNSAFE = /[\s\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/
// The scheme must be spelled out and followed by a host, so 'https:///x' and '//x' do not pass.
const HTTP_PREFIX = /^https?:\/\/[^/\\]/i

/**
 * `true` for an absolute `http:` or `https:` URL with a host and no credentials, written without
 * whitespace or control characters. `javascript:`, `data:`, protocol-relative `//host` and
 * obfuscated forms fail.
 *
 * @example
 * ```ts
 * isHttpUrl('https://cdn.example.com/a.png') // true
 * isHttpUrl('javascript:alert(1)') // false
 * ```
 */
export function isHttpUrl(value: string): boolean {
  if (!HTTP_PREFIX.test(value) || URL_UNSAFE.test(value)) return false
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  const httpScheme = url.protocol === 'http:' || url.protocol === 'https:'
  return httpScheme && url.hostname !== '' && url.username === '' && url.password === ''
}

/**
 * `true` for a `blob:` object URL (`URL.createObjectURL`) written without whitespace or control
 * characters: what a backend living in the page stores for an uploaded photo.
 *
 * @example
 * ```ts
 * isObjectUrl('blob:https://app.example.com/7f3c…') // true
 * isObjectUrl('blob:javascript:alert(1)') // false
 * ```
 */
export function isObjectUrl(value: string): boolean {
  if (!/^blob:/i.test(value) || URL_UNSAFE.test(value)) return false
  try {
    // What follows `blob:` is the creating page's origin, or Node's `nodedata:` for Node's blobs.
    const origin = new URL(value.slice('blob:'.length)).protocol
    return origin === 'http:' || origin === 'https:' || origin === 'nodedata:'
  } catch {
    return false
  }
}

// eslint-disable-next-line no-control-regex
const EMAIL_UNSAFE = /[\s\u0000-\u001f\u007f-\u009f]/
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
  if (value.length > 254 || EMAIL_UNSAFE.test(value)) return false
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
