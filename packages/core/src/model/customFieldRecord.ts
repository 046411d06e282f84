/**
 * A frozen plain-object record built from `entries`. Each entry becomes an own, enumerable data
 * property through `Object.defineProperty`, so `__proto__`, `constructor` and `prototype` are
 * ordinary own keys: assigning `record['__proto__'] = v` would set the record's prototype instead,
 * and nothing ever reaches `Object.prototype` through it. The prototype is `Object.prototype` (a
 * null prototype is safer to index but cannot cross into a Next.js client component or other
 * serializers that accept only plain objects); read fields with `Object.hasOwn` first, because
 * `record['toString']` is the inherited method unless someone stored a field of that name.
 *
 * @internal The `customFields` of every profile the kit hands out.
 */
export function customFieldRecord(
  entries: Iterable<readonly [string, string]>,
): Readonly<Record<string, string>> {
  const record: Record<string, string> = {}
  for (const [key, value] of entries) {
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true })
  }
  return Object.freeze(record)
}
