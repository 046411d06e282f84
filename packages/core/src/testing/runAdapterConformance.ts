import { adapterConformanceChecks } from './adapterConformanceChecks'
import type { ConformanceFixture } from './ConformanceFixture'

/**
 * The outcome of {@link runAdapterConformance}.
 *
 * @example
 * ```ts
 * const { failed } = await runAdapterConformance(createFixture)
 * if (failed.length > 0) throw new AggregateError(failed.map((f) => f.error), 'adapter does not conform')
 * ```
 */
export interface ConformanceReport {
  /** Names of the checks the adapter passed. */
  passed: string[]
  /** Checks the adapter failed, with the error that says what is wrong. */
  failed: Array<{ name: string; error: unknown }>
  /** Checks that did not apply, with the reason. */
  skipped: Array<{ name: string; reason: string }>
}

/**
 * Options of {@link runAdapterConformance}.
 *
 * @example
 * ```ts
 * await runAdapterConformance(createFixture, { timeoutMs: 30_000 }) // a slow staging backend
 * ```
 */
export interface RunAdapterConformanceOptions {
  /** A check that has not settled after this long fails. Defaults to `10000`. */
  timeoutMs?: number
}

/**
 * Runs every conformance check one after another, without a test runner, and reports them all.
 *
 * @example
 * ```ts
 * const report = await runAdapterConformance(() => createMyFixture())
 * for (const { name, error } of report.failed) console.log(name, error)
 * ```
 */
export async function runAdapterConformance(
  createFixture: () => ConformanceFixture | Promise<ConformanceFixture>,
  options: RunAdapterConformanceOptions = {},
): Promise<ConformanceReport> {
  const timeoutMs = options.timeoutMs ?? 10_000
  const report: ConformanceReport = { passed: [], failed: [], skipped: [] }
  for (const check of adapterConformanceChecks(createFixture)) {
    let reason: string | undefined
    try {
      await withinTime(check.run({ skip: (why) => (reason = why) }), timeoutMs, check.name)
      if (reason === undefined) report.passed.push(check.name)
      else report.skipped.push({ name: check.name, reason })
    } catch (error) {
      report.failed.push({ name: check.name, error })
    }
  }
  return report
}

function withinTime(promise: Promise<void>, timeoutMs: number, name: string): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(new Error(`"${name}" did not finish within ${timeoutMs} ms; an adapter call never settled.`)),
      timeoutMs,
    )
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}
