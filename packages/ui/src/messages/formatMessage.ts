/**
 * Fills `{name}` placeholders in a message. Unknown placeholders stay as written, so a typo in a
 * translation shows up instead of vanishing. The result is plain text: components render it as a
 * React text node, never as HTML.
 *
 * @example
 * ```ts
 * formatMessage('Use at most {limit} characters.', { limit: 20 }) // 'Use at most 20 characters.'
 * ```
 */
export function formatMessage(
  template: string,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : placeholder,
  )
}
