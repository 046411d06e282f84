import type { BenchResults } from './BenchResults'
import type { RatioWithCI } from './summarize'

/**
 * The kit's size goals, in bytes (size-limit's kB is 1,000 bytes). `.size-limit.json` holds CI's
 * budgets, which stay above a missed goal so they still catch regressions (BENCHMARKS.md says by how much).
 */
export const SIZE_BUDGETS = { core: 6000, ui: 12000 } as const

/**
 * The benchmark goals (BENCHMARKS.md, Goals) that these results miss, each as a sentence with the amount. Empty when
 * every goal is met. The kit loses a mount to expertBatched only when the whole 95 % interval of
 * their ratio is above 1: a median a hair above is noise on a shared machine, not a loss.
 *
 * @example
 * ```ts
 * goalMisses(results, kitVsExpertMount).forEach((miss) => console.log(`MISSED: ${miss}`))
 * ```
 */
export function goalMisses(results: BenchResults, kitVsExpertMount: RatioWithCI): string[] {
  const misses: string[] = []
  const { adapterCalls: calls, rendersOnOneUpdate: renders, mountMs, timeToAllNamesMs: names } = results
  const miss = (failed: boolean, text: string) => failed && misses.push(text)
  miss(calls.kit > calls.limit, `adapter calls: kit ${calls.kit} > limit ${calls.limit}`)
  miss(
    calls.kit > calls.expertBatched,
    `adapter calls: kit ${calls.kit} > expertBatched ${calls.expertBatched}`,
  )
  miss(renders.kit > renders.limit, `renders on one update: kit ${renders.kit} > limit ${renders.limit}`)
  miss(
    renders.kit > renders.expertBatched,
    `renders on one update: kit ${renders.kit} > expertBatched ${renders.expertBatched}`,
  )
  miss(mountMs.ratio > 1, `mount ratio ${mountMs.ratio} > 1.0 (CI95 ${mountMs.ratioCI95.join('–')})`)
  miss(
    kitVsExpertMount.ci95[0] > 1,
    `mount: kit / expertBatched ${kitVsExpertMount.ratio} (CI95 ${kitVsExpertMount.ci95.join('–')}) > 1`,
  )
  miss(names.ratio > 0.1, `time-to-names ratio ${names.ratio} > 0.1`)
  miss(
    names.kit > names.expertBatched,
    `time to names: kit ${names.kit} ms > expertBatched ${names.expertBatched} ms`,
  )
  miss(results.eventStormCommits.kit > 20, `event storm: ${results.eventStormCommits.kit} commits > 20`)
  const presence = results.presence
  miss(
    presence.subscribeCalls > presence.callLimit,
    `presence: ${presence.subscribeCalls} subscribe calls > limit ${presence.callLimit}`,
  )
  miss(
    presence.maxCallsInWindow > presence.rateLimit.calls,
    `presence: ${presence.maxCallsInWindow} calls within ${presence.rateLimit.perMs} ms > ${presence.rateLimit.calls}`,
  )
  miss(
    presence.heldNotShownAfterGrace > 0 || presence.heldAfterClose > 0,
    `presence: ${presence.heldNotShownAfterGrace} users held but not shown after the grace period, ${presence.heldAfterClose} after closing the list`,
  )
  const full = presence.allAtOnce
  miss(
    full.subscribeCalls > full.callLimit || full.heldAfterClose > 0,
    `presence, all at once: ${full.subscribeCalls} subscribe calls (limit ${full.callLimit}), ${full.heldAfterClose} held after closing`,
  )
  for (const name of ['core', 'ui'] as const) {
    const bytes = results.gzipBytes[name]
    if (bytes === null) misses.push(`size: ${name} could not be measured`)
    else
      miss(
        bytes > SIZE_BUDGETS[name],
        `size: ${name} ${bytes} B gzip > ${SIZE_BUDGETS[name]} B by ${bytes - SIZE_BUDGETS[name]} B`,
      )
  }
  return misses
}
