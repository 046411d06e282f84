/** The key last computed for an array, with a copy of what it held then. */
const computed = new WeakMap<readonly unknown[], { held: unknown[]; key: string }>()

/**
 * A string that stands for a list of IDs' content: lists with the same IDs in the same order share
 * it. The same array passed again (every render of a list that did not change) is checked element
 * by element against a copy, with no new 50,000-ID string per render: that string, built on every
 * re-render while a long list loads, made the hook's time per ID grow with the list.
 *
 * @example
 * ```ts
 * idListKey(['alice', 'bob']) === idListKey(['alice', 'bob']) // true
 * ```
 */
export function idListKey(ids: readonly unknown[]): string {
  const known = computed.get(ids)
  if (known && sameElements(known.held, ids)) return known.key
  const key = ids.map(String).join('\u0000') + `#${ids.length}`
  computed.set(ids, { held: ids.slice(), key })
  return key
}

function sameElements(held: readonly unknown[], ids: readonly unknown[]): boolean {
  if (held.length !== ids.length) return false
  for (let index = 0; index < ids.length; index++) if (held[index] !== ids[index]) return false
  return true
}
