import type { ConformanceFixture } from '../ConformanceFixture'

/** Returned by a check that does not apply to this adapter or fixture. */
export interface CheckSkip {
  skip: string
}

/**
 * One conformance check before it is bound to a fixture factory.
 *
 * @internal
 */
export interface CheckDefinition {
  name: string
  run(fixture: ConformanceFixture): Promise<CheckSkip | void>
}

/** Ends a check as not applicable, with the reason. */
export function skip(reason: string): CheckSkip {
  return { skip: reason }
}
