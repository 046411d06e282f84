/** A seeded source of randomness with the helpers the reliability suites need. */
export interface SeededRandom {
  /** A float in [0, 1), like `Math.random`. */
  (): number
  /** A whole number in [min, max]. */
  int(min: number, max: number): number
  /** `true` with probability `p`. */
  chance(p: number): boolean
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T
  /** A shuffled copy. */
  shuffle<T>(items: readonly T[]): T[]
}

/**
 * A deterministic generator (mulberry32): the same seed gives the same run, so a chaos failure
 * can be replayed by its seed.
 *
 * @example
 * ```ts
 * const random = createSeededRandom(42)
 * random.int(1, 6) // the same number on every run
 * ```
 */
export function createSeededRandom(seed: number): SeededRandom {
  let state = seed >>> 0
  const next = (() => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }) as SeededRandom
  next.int = (min, max) => min + Math.floor(next() * (max - min + 1))
  next.chance = (p) => next() < p
  next.pick = (items) => {
    if (items.length === 0) throw new Error('SeededRandom.pick needs a non-empty list')
    return items[next.int(0, items.length - 1)] as (typeof items)[number]
  }
  next.shuffle = (items) => {
    const copy = [...items]
    for (let i = copy.length - 1; i > 0; i--) {
      const j = next.int(0, i)
      ;[copy[i], copy[j]] = [copy[j] as (typeof copy)[number], copy[i] as (typeof copy)[number]]
    }
    return copy
  }
  return next
}
