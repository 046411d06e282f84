import { seededRandom } from '../shared/seededRandom'
import { median } from './median'

/**
 * The 95 % percentile-bootstrap confidence interval of `median(a) / median(b)` for paired samples:
 * `a[i]` and `b[i]` were measured in the same round, back to back, so rounds are resampled with
 * replacement as wholes, which keeps what a round shares (the machine's load at that moment) out
 * of the ratio. Seeded, so a rerun on the same numbers gives the same interval.
 *
 * @example
 * ```ts
 * const [lo, hi] = bootstrapRatioCI(kitMs, naiveMs) // kitMs[i], naiveMs[i]: round i
 * ```
 */
export function bootstrapRatioCI(
  a: readonly number[],
  b: readonly number[],
  resamples = 10_000,
  seed = 1,
): [number, number] {
  if (a.length !== b.length || a.length === 0) {
    throw new Error(
      `bootstrapRatioCI needs two non-empty samples of one length, got ${a.length} and ${b.length}.`,
    )
  }
  const random = seededRandom(seed)
  const ratios: number[] = []
  for (let resample = 0; resample < resamples; resample++) {
    const rounds = Array.from({ length: a.length }, () => Math.floor(random() * a.length))
    ratios.push(
      median(rounds.map((round) => a[round] as number)) / median(rounds.map((round) => b[round] as number)),
    )
  }
  ratios.sort((x, y) => x - y)
  const at = (quantile: number) =>
    ratios[Math.min(ratios.length - 1, Math.floor(quantile * ratios.length))] as number
  return [at(0.025), at(0.975)]
}
