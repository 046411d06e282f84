import type { Page } from 'playwright'
import type { VariantName } from '../page/benchApi'

/** Warm mounts per variant that are measured, and unmeasured ones before them. */
export const MOUNT_RUNS = 50
export const MOUNT_WARMUP_RUNS = 5

/**
 * Warm mounts of each variant, alternating: every round mounts each variant once, forwards on even
 * rounds and backwards on odd ones, so drift (JIT, heat, other processes) hits all variants alike.
 * Returns the measured milliseconds per variant.
 */
export async function measureMount<V extends VariantName>(
  page: Page,
  variants: readonly V[],
): Promise<Record<V, number[]>> {
  for (const variant of variants) await page.evaluate((name) => window.bench.prepareWarm(name), variant)
  const times = Object.fromEntries(variants.map((variant) => [variant, [] as number[]])) as Record<
    V,
    number[]
  >
  for (let round = 0; round < MOUNT_WARMUP_RUNS + MOUNT_RUNS; round++) {
    const order = round % 2 === 0 ? variants : [...variants].reverse()
    for (const variant of order) {
      const ms = await page.evaluate((name) => window.bench.mountOnce(name), variant)
      if (round >= MOUNT_WARMUP_RUNS) times[variant].push(ms)
    }
  }
  return times
}
