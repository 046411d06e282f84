/** Schemes an image may load from. `data:` is checked separately: only `data:image/…` passes. */
const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'blob:'])

/** C0 controls and space: the URL parser strips them at both ends, so attackers pad with them. */
const EDGE_JUNK = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g // eslint-disable-line no-control-regex
/** Tabs and newlines inside a URL are removed by the parser (`java\tscript:`): refuse any control character. */
const CONTROL = /[\u0000-\u001f\u007f]/ // eslint-disable-line no-control-regex

/**
 * The URL to put in an `<img src>`, or `undefined` when it is not an absolute `http:`, `https:`,
 * `blob:` or `data:image/…` URL. Case, padding and control-character tricks, `javascript:`,
 * `vbscript:`, `data:text/html`, relative and protocol-relative URLs are all refused.
 *
 * @example
 * ```ts
 * safeImageUrl(' HTTPS://cdn.example.com/a.png') // 'https://cdn.example.com/a.png'
 * safeImageUrl('javascript:alert(1)')            // undefined
 * ```
 */
export function safeImageUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const trimmed = value.replace(EDGE_JUNK, '')
  if (trimmed === '' || CONTROL.test(trimmed)) return undefined
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    return undefined // relative, protocol-relative or malformed
  }
  if (url.protocol === 'data:') return /^data:image\//i.test(trimmed) ? url.href : undefined
  return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : undefined
}
