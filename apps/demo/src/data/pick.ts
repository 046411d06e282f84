import type { Random } from './createRandom'

/**
 * One element of a non-empty list, chosen by `random`.
 *
 * @example
 * ```ts
 * pick(createRandom(1), ['a', 'b', 'c'])
 * ```
 */
export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T
}
