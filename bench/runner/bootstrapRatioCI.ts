import { seededRandom } from '../shared/seededRandom'
import { median } from './median'

/**
 * The 95 % percentile-bootstrap confidence interval of `median(a) / median(b)`: both samples are
 * resampled with replacement, independently, `resamples` times. Seeded, so a rerun on the same
 * numbers gives the same interval.
 *
 * @example
 * ```ts
 * const [lo, hi] = bootstrapRatioCI(kitMs, naiveMs)
 * ```
 */
export function bootstrapRatioCI(
  a: readonly number[],
  b: readonly number[],
  resamples = 10_000,
  seed = 1,
): [number, number] {
  const random = seededRandom(seed)
  const resample = (values: readonly number[]) =>
    Array.from({ length: values.length }, () => values[Math.floor(random() * values.length)] as number)
  const ratios = Array.from({ length: resamples }, () => median(resample(a)) / median(resample(b))).sort(
    (x, y) => x - y,
  )
  const at = (quantile: number) =>
    ratios[Math.min(ratios.length - 1, Math.floor(quantile * ratios.length))] as number
  return [at(0.025), at(0.975)]
}
