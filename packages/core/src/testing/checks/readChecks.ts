import { describeValue } from '../../errors/invalidArgument'
import { resolveSchema } from '../../model/resolveSchema'
import { callAdapter } from '../callAdapter'
import type { ConformanceFixture } from '../ConformanceFixture'
import { describeError, fail } from '../fail'
import { expectProfile } from '../expectProfile'
import type { CheckDefinition } from './CheckDefinition'

const METHODS = ['getMyProfile', 'getUserProfiles', 'updateMyProfile'] as const

/**
 * Checks of the adapter's shape and of reading profiles.
 *
 * @internal
 */
export const readChecks: CheckDefinition[] = [
  {
    name: 'adapter implements the required methods and declares a usable schema',
    async run({ adapter }) {
      for (const method of METHODS) {
        if (typeof adapter[method] !== 'function') {
          fail(
            `adapter.${method} is ${describeValue(adapter[method])}; every ProfileAdapter must implement it.`,
          )
        }
      }
      if (adapter.subscribe !== undefined && typeof adapter.subscribe !== 'function') {
        fail(`adapter.subscribe is ${describeValue(adapter.subscribe)}; make it a function or leave it out.`)
      }
      try {
        resolveSchema(adapter.schema)
      } catch (error) {
        fail(`adapter.schema is not usable: ${describeError(error)}`, error)
      }
    },
  },
  {
    name: "getMyProfile resolves the signed-in user's profile",
    async run({ adapter, myUserID }) {
      const me = expectProfile(
        await callAdapter('getMyProfile()', () => adapter.getMyProfile()),
        'What getMyProfile() resolved',
      )
      if (me.userID !== myUserID) {
        fail(
          `getMyProfile() resolved the profile of "${me.userID}", but the signed-in user is "${myUserID}".`,
        )
      }
    },
  },
  {
    name: 'getUserProfiles resolves known users in any order and omits unknown ones',
    async run(fixture) {
      const requested = [...fixture.knownUserIDs, fixture.unknownUserID]
      const found = await fetchUsers(fixture, requested)
      const missing = fixture.knownUserIDs.filter((id) => !found.includes(id))
      if (missing.length > 0) {
        fail(`getUserProfiles(${JSON.stringify(requested)}) left out known users ${JSON.stringify(missing)}.`)
      }
      if (found.includes(fixture.unknownUserID)) {
        fail(
          `getUserProfiles included the unknown user "${fixture.unknownUserID}"; leave users the backend does not know out of the answer (the kit marks them not found).`,
        )
      }
      const extra = found.filter((id) => !requested.includes(id))
      if (extra.length > 0) fail(`getUserProfiles answered users nobody asked for: ${JSON.stringify(extra)}.`)
    },
  },
  {
    name: 'getUserProfiles resolves an empty list, not an error, when no ID is known',
    async run(fixture) {
      const found = await fetchUsers(fixture, [fixture.unknownUserID])
      if (found.length > 0)
        fail(`getUserProfiles(["${fixture.unknownUserID}"]) answered ${JSON.stringify(found)}.`)
    },
  },
  {
    name: 'getUserProfiles accepts schema.maxBatchSize IDs in one call',
    async run(fixture) {
      const { maxBatchSize } = resolveSchema(fixture.adapter.schema)
      const known = fixture.knownUserIDs.slice(0, maxBatchSize)
      const fillers = Array.from(
        { length: maxBatchSize - known.length },
        (_, i) => `${fixture.unknownUserID}-${i}`,
      )
      const found = await fetchUsers(fixture, [...known, ...fillers])
      const missing = known.filter((id) => !found.includes(id))
      if (missing.length > 0) {
        fail(
          `getUserProfiles with ${maxBatchSize} IDs (schema.maxBatchSize) left out known users ${JSON.stringify(missing)}; lower maxBatchSize to what the backend answers in full.`,
        )
      }
    },
  },
]

/** Calls getUserProfiles, checks the answer's shape, and returns the user IDs it holds. */
async function fetchUsers({ adapter }: ConformanceFixture, userIDs: string[]): Promise<string[]> {
  const label =
    userIDs.length > 5
      ? `getUserProfiles(<${userIDs.length} IDs>)`
      : `getUserProfiles(${JSON.stringify(userIDs)})`
  const answer: unknown = await callAdapter(label, () => adapter.getUserProfiles([...userIDs]))
  if (!Array.isArray(answer)) {
    fail(
      `${label} resolved ${describeValue(answer)}; it must resolve an array of profiles (unknown users left out).`,
    )
  }
  return answer.map(
    (item: unknown, index) => expectProfile(item, `Item ${index} of what ${label} resolved`).userID,
  )
}
