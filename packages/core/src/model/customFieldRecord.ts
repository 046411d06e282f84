/**
 * A frozen null-prototype record built from `entries`. With no prototype, `__proto__`,
 * `constructor` and `prototype` are ordinary own keys: nothing can reach `Object.prototype`
 * through it, and `record['toString']` is `undefined` unless someone stored a field of that name.
 *
 * @internal The `customFields` of every profile the kit hands out.
 */
export function customFieldRecord(
  entries: Iterable<readonly [string, string]>,
): Readonly<Record<string, string>> {
  const record = Object.create(null) as Record<string, string>
  // On a null-prototype object, `record['__proto__'] = v` creates an own data property.
  for (const [key, value] of entries) record[key] = value
  return Object.freeze(record)
}
