/** A seeded source of numbers in [0, 1), so every visitor and every test sees the same chat. */
export type Random = () => number

/**
 * mulberry32: tiny, fast and good enough to pick names and sentences.
 *
 * @example
 * ```ts
 * const random = createRandom(42)
 * random() // always the same first number for seed 42
 * ```
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
