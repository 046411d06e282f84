/**
 * A short, safe description of any value for error messages: its kind, and for short primitives
 * the value itself (`a number (42)`, `an empty string`, `null`, `an array`).
 *
 * @internal
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (value === undefined) return 'undefined'
  if (Array.isArray(value)) return 'an array'
  switch (typeof value) {
    case 'string':
      if (value === '') return 'an empty string'
      if (value.trim() === '') return 'a blank string'
      return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`
    case 'number':
    case 'bigint':
    case 'boolean':
      return `a ${typeof value} (${String(value)})`
    case 'object':
      return 'an object'
    default:
      return `a ${typeof value}`
  }
}
