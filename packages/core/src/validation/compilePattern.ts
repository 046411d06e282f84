const compiled = new Map<string, RegExp | null>()

/**
 * The anchored regular expression for a definition's `pattern`, as HTML builds it:
 * `^(?:pattern)$` with the `v` flag, falling back to `u` for patterns only `u` accepts
 * (such as `[\w-]`). `null` when the pattern is invalid: it is then ignored, never thrown.
 *
 * @internal Cached per pattern source; patterns come from schemas, so the cache stays small.
 */
export function compilePattern(pattern: string): RegExp | null {
  let regex = compiled.get(pattern)
  if (regex === undefined) {
    regex = tryRegExp(pattern, 'v') ?? tryRegExp(pattern, 'u')
    compiled.set(pattern, regex)
  }
  return regex
}

function tryRegExp(pattern: string, flags: string): RegExp | null {
  try {
    return new RegExp(`^(?:${pattern})$`, flags)
  } catch {
    return null
  }
}
