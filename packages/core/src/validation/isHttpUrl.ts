// Whitespace, control characters and invisible format characters (zero-width, bidi overrides):
// URL parsers silently drop tabs and newlines ('java\tscript:'), and none belongs in an avatar URL.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\s\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/
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
  if (!HTTP_PREFIX.test(value) || UNSAFE.test(value)) return false
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  const httpScheme = url.protocol === 'http:' || url.protocol === 'https:'
  return httpScheme && url.hostname !== '' && url.username === '' && url.password === ''
}
