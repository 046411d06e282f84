/**
 * What a runner may hand to {@link ConformanceCheck.run}. Vitest's test context fits as it is, so
 * `it(check.name, check.run)` reports checks that do not apply as skipped.
 *
 * @example
 * ```ts
 * await check.run({ skip: (reason) => console.log(`${check.name}: skipped, ${reason}`) })
 * ```
 */
export interface ConformanceRunContext {
  /** Marks the check as skipped, with the reason (Vitest's `context.skip`). */
  skip?: (reason: string) => void
}

/**
 * One adapter conformance check: a plain async function that throws an `Error` saying what the
 * adapter does wrong, usable from any test runner.
 *
 * @example
 * ```ts
 * for (const check of adapterConformanceChecks(createFixture)) it(check.name, check.run)
 * ```
 */
export interface ConformanceCheck {
  /** A sentence naming the behaviour, e.g. `'getUserProfiles omits unknown IDs'`. */
  name: string
  /**
   * Resolves when the adapter behaves, or when the check does not apply to it (then
   * `context.skip` is called with the reason); rejects with an `Error` otherwise. The rest
   * parameter keeps `run.length` at 0, so runners that pass a `done` callback to functions
   * declaring a parameter (Jest, Mocha) treat it as a plain async test.
   */
  run: (...context: [context?: ConformanceRunContext]) => Promise<void>
}
