import { describeValue } from '../errors/invalidArgument'
import { isUserID } from '../model/guards'
import type { CheckDefinition, CheckSkip } from './checks/CheckDefinition'
import { errorChecks } from './checks/errorChecks'
import { presenceChecks } from './checks/presenceChecks'
import { readChecks } from './checks/readChecks'
import { subscribeChecks } from './checks/subscribeChecks'
import { updateChecks } from './checks/updateChecks'
import { uploadChecks } from './checks/uploadChecks'
import type { ConformanceCheck } from './ConformanceCheck'
import type { ConformanceFixture } from './ConformanceFixture'
import { describeError, fail } from './fail'

const DEFINITIONS: readonly CheckDefinition[] = [
  ...readChecks,
  ...updateChecks,
  ...subscribeChecks,
  ...errorChecks,
  ...presenceChecks,
  ...uploadChecks,
]

/**
 * The adapter conformance suite as plain async checks, for anyone who writes a
 * {@link ProfileAdapter}: each creates a fresh fixture, exercises the adapter like the kit does,
 * and throws an `Error` that says what to fix. Checks that need something the adapter or fixture
 * lacks (`subscribe`, `presence`, `uploadAvatar`, `simulateRemoteChange`, `simulatePresence`, `customFieldKey`,
 * an editable `nick`) are skipped, through the runner's `context.skip` when it passes one (Vitest does).
 *
 * @example
 * ```ts
 * import { adapterConformanceChecks } from '@profile-kit/core/testing'
 *
 * describe('my adapter', () => {
 *   for (const check of adapterConformanceChecks(() => createMyFixture())) it(check.name, check.run)
 * })
 * ```
 */
export function adapterConformanceChecks(
  createFixture: () => ConformanceFixture | Promise<ConformanceFixture>,
): ConformanceCheck[] {
  return DEFINITIONS.map((definition) => ({
    name: definition.name,
    run: async (...[context]) => {
      const fixture = await openFixture(createFixture)
      let outcome: CheckSkip | void
      try {
        outcome = await definition.run(fixture)
      } finally {
        await fixture.dispose?.()
      }
      if (outcome) context?.skip?.(outcome.skip)
    },
  }))
}

async function openFixture(
  createFixture: () => ConformanceFixture | Promise<ConformanceFixture>,
): Promise<ConformanceFixture> {
  let fixture: ConformanceFixture
  try {
    fixture = await createFixture()
  } catch (error) {
    return fail(`createFixture failed: ${describeError(error)}`, error)
  }
  const problem = fixtureProblem(fixture)
  if (problem) fail(`The conformance fixture is incomplete: ${problem}.`)
  return fixture
}

function fixtureProblem(fixture: ConformanceFixture): string | undefined {
  if (typeof fixture !== 'object' || fixture === null)
    return `createFixture returned ${describeValue(fixture)}`
  if (typeof fixture.adapter !== 'object' || fixture.adapter === null) return 'adapter is missing'
  if (!isUserID(fixture.myUserID)) return 'myUserID must be the signed-in user ID'
  const known: unknown = fixture.knownUserIDs
  if (!Array.isArray(known) || known.length < 3 || !known.every(isUserID)) {
    return 'knownUserIDs must list at least 3 user IDs the backend knows'
  }
  if (!isUserID(fixture.unknownUserID) || known.includes(fixture.unknownUserID)) {
    return 'unknownUserID must be a user ID the backend does not know'
  }
  return undefined
}
