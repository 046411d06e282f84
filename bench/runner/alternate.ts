import type { VariantName } from '../page/benchApi'

/**
 * Runs `rounds` rounds of every variant, forwards on even rounds and backwards on odd ones, so
 * drift over time (JIT warm-up, the shared machine's load) hits all variants alike. Returns each
 * variant's values in round order: index `i` of every variant comes from the same round.
 *
 * @example
 * ```ts
 * const ms = await alternate(['kit', 'naivePerCard'], 50, (variant) => measure(variant))
 * ```
 */
export async function alternate<V extends VariantName, T>(
  variants: readonly V[],
  rounds: number,
  run: (variant: V) => Promise<T>,
): Promise<Record<V, T[]>> {
  const results = Object.fromEntries(variants.map((variant) => [variant, [] as T[]])) as Record<V, T[]>
  for (let index = 0; index < rounds; index++) {
    for (const variant of index % 2 === 0 ? variants : [...variants].reverse()) {
      results[variant].push(await run(variant))
    }
  }
  return results
}
