import type { BenchResults } from './BenchResults'
import { bootstrapRatioCI } from './bootstrapRatioCI'
import type { Measured, PageMeasurements } from './measurePage'
import { MOUNT_RUNS } from './measureMount'
import { median } from './median'

/** ceil(250 users / maxBatchSize 100) calls; the 4 cards of the changed user. */
const CALL_LIMIT = Math.ceil(250 / 100)
const RENDER_LIMIT = 4

const round = (value: number, digits: number) => Number(value.toFixed(digits))

/** A ratio of medians with its 95 % bootstrap interval. */
export interface RatioWithCI {
  ratio: number
  ci95: [number, number]
}

function ratioWithCI(a: number[], b: number[]): RatioWithCI {
  const [lo, hi] = bootstrapRatioCI(a, b)
  return { ratio: round(median(a) / median(b), 3), ci95: [round(lo, 3), round(hi, 3)] }
}

/**
 * The page's raw measurements as `results.json` reports them: medians of timings, and the most
 * calls, renders and commits any run saw (conservative where runs can differ). Also the kit's
 * mount against expertBatched, which the goal ("never lose to it") is judged by.
 */
export function summarize(measured: PageMeasurements): {
  results: Omit<BenchResults, 'env' | 'gzipBytes' | 'scale'>
  kitVsExpertMount: RatioWithCI
} {
  const { cold, renders, mount, storms, presence } = measured
  const calls = (variant: Measured) => Math.max(...cold[variant].map((run) => run.adapterCalls))
  const namesMs = (variant: Measured) => median(cold[variant].map((run) => run.timeToAllNamesMs))
  const mountMs = (variant: Measured) => round(median(mount[variant]), 2)
  const kitVsNaive = ratioWithCI(mount.kit, mount.naivePerCard)
  const results = {
    adapterCalls: {
      kit: calls('kit'),
      naivePerCard: calls('naivePerCard'),
      expertBatched: calls('expertBatched'),
      limit: CALL_LIMIT,
    },
    rendersOnOneUpdate: {
      kit: Math.max(...renders.kit),
      naivePerCard: Math.max(...renders.naivePerCard),
      expertBatched: Math.max(...renders.expertBatched),
      listQuery: Math.max(...renders.listQuery),
      limit: RENDER_LIMIT,
    },
    mountMs: {
      kit: mountMs('kit'),
      naivePerCard: mountMs('naivePerCard'),
      expertBatched: mountMs('expertBatched'),
      ratio: kitVsNaive.ratio,
      ratioCI95: kitVsNaive.ci95,
      runs: MOUNT_RUNS,
    },
    timeToAllNamesMs: {
      kit: round(namesMs('kit'), 1),
      naivePerCard: round(namesMs('naivePerCard'), 1),
      expertBatched: round(namesMs('expertBatched'), 1),
      ratio: round(namesMs('kit') / namesMs('naivePerCard'), 3),
    },
    eventStormCommits: {
      kit: Math.max(...storms.map((storm) => storm.commits)),
      events: storms[0]?.events ?? 0,
      coalesceMs: storms[0]?.coalesceMs ?? 0,
    },
    presence,
  }
  return { results, kitVsExpertMount: ratioWithCI(mount.kit, mount.expertBatched) }
}
