import type { BenchResults } from './BenchResults'
import { SIZE_BUDGETS } from './goalMisses'
import type { RatioWithCI } from './summarize'

type Row = [metric: string, kit: string, naive: string, expert: string, list: string, target: string]

const show = (value: number | null | undefined) =>
  value === null || value === undefined ? '–' : String(value)

/**
 * The results as a plain-text table: one row per metric, one column per variant, and the limit or
 * goal it is judged against.
 *
 * @example
 * ```ts
 * console.log(formatTable(results, kitVsExpertMount))
 * ```
 */
export function formatTable(results: BenchResults, kitVsExpertMount: RatioWithCI): string {
  const {
    adapterCalls: calls,
    rendersOnOneUpdate: renders,
    mountMs: mount,
    timeToAllNamesMs: names,
  } = results
  const { eventStormCommits: storm, gzipBytes: gzip } = results
  const rows: Row[] = [
    ['metric', 'kit', 'naivePerCard', 'expertBatched', 'listQuery', 'limit / goal'],
    [
      'adapter calls (cold)',
      show(calls.kit),
      show(calls.naivePerCard),
      show(calls.expertBatched),
      '',
      `limit ${calls.limit}`,
    ],
    [
      'renders on one update',
      show(renders.kit),
      show(renders.naivePerCard),
      show(renders.expertBatched),
      show(renders.listQuery),
      `limit ${renders.limit}`,
    ],
    [
      `mount ms (median of ${mount.runs})`,
      show(mount.kit),
      show(mount.naivePerCard),
      show(mount.expertBatched),
      '',
      `ratio ${mount.ratio} [${mount.ratioCI95.join(', ')}], goal ≤ 1.0`,
    ],
    [
      'mount, kit / expertBatched',
      '',
      '',
      '',
      '',
      `ratio ${kitVsExpertMount.ratio} [${kitVsExpertMount.ci95.join(', ')}], goal ≤ 1.0`,
    ],
    [
      'time to all names ms',
      show(names.kit),
      show(names.naivePerCard),
      show(names.expertBatched),
      '',
      `ratio ${names.ratio}, goal ≤ 0.1`,
    ],
    [
      'event storm commits',
      show(storm.kit),
      '',
      '',
      '',
      `goal ≤ 20 (${storm.events} events, ${storm.coalesceMs} ms coalescing)`,
    ],
    ['gzip bytes core', show(gzip.core), '', '', '', `budget ${SIZE_BUDGETS.core}`],
    ['gzip bytes ui', show(gzip.ui), '', '', '', `budget ${SIZE_BUDGETS.ui}`],
    ['gzip bytes ui styles.css', show(gzip.uiCss), '', '', '', 'reported apart'],
  ]
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  const line = (row: Row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd()
  return [
    line(rows[0]!),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.slice(1).map(line),
  ].join('\n')
}
