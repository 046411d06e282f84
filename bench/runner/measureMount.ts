import type { Page } from 'playwright'
import type { VariantName } from '../page/benchApi'
import { alternate } from './alternate'

/** Warm mounts per variant that are measured, and unmeasured ones before them. */
export const MOUNT_RUNS = 40
export const MOUNT_WARMUP_RUNS = 4

/**
 * Warm mounts of each variant in alternating rounds (see {@link alternate}), after warm-up rounds
 * that let the JIT settle. Returns the measured milliseconds per variant, by round.
 */
export async function measureMount<V extends VariantName>(
  page: Page,
  variants: readonly V[],
): Promise<Record<V, number[]>> {
  for (const variant of variants) await page.evaluate((name) => window.bench.prepareWarm(name), variant)
  const mountOnce = (variant: V) => page.evaluate((name) => window.bench.mountOnce(name), variant)
  await alternate(variants, MOUNT_WARMUP_RUNS, mountOnce)
  return alternate(variants, MOUNT_RUNS, mountOnce)
}
