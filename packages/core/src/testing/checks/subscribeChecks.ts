import type { ProfileAdapter } from '../../adapter/ProfileAdapter'
import { resolveSchema } from '../../model/resolveSchema'
import { callAdapter } from '../callAdapter'
import type { ConformanceFixture } from '../ConformanceFixture'
import { fail } from '../fail'
import { expectProfile } from '../expectProfile'
import { DEFAULT_EVENT_TIMEOUT_MS, recordEvents, STRAGGLER_MS } from '../recordEvents'
import { skip, type CheckDefinition } from './CheckDefinition'
import { sampleEdit } from './sampleEdit'

/**
 * Checks of live updates through `subscribe`.
 *
 * @internal
 */
export const subscribeChecks: CheckDefinition[] = [
  {
    name: 'subscribe delivers a change carrying my userID after my own update',
    async run(fixture) {
      const setup = prepare(fixture)
      if ('skip' in setup) return setup
      const mine = recordEvents(setup.subscribe, setup.timeoutMs)
      try {
        await updateMine(fixture, setup)
        await mine.waitFor(
          (change) => change.userID === fixture.myUserID,
          `a change for "${fixture.myUserID}" after updateMyProfile`,
        )
      } finally {
        mine.unsubscribe()
      }
    },
  },
  {
    name: 'the function subscribe returns stops further events',
    async run(fixture) {
      const setup = prepare(fixture)
      if ('skip' in setup) return setup
      const staying = recordEvents(setup.subscribe, setup.timeoutMs)
      const leaving = recordEvents(setup.subscribe, setup.timeoutMs)
      leaving.unsubscribe()
      try {
        await updateMine(fixture, setup)
        // The listener that stayed proves the event went out; the other one must not hear it.
        await staying.waitFor(
          (change) => change.userID === fixture.myUserID,
          `a change for "${fixture.myUserID}" after updateMyProfile`,
        )
        await new Promise((resolve) => setTimeout(resolve, STRAGGLER_MS))
      } finally {
        staying.unsubscribe()
      }
      if (leaving.changes.length > 0) {
        fail(
          `A listener received ${leaving.changes.length} change(s) after its unsubscribe function was called; unsubscribing must remove exactly that listener (for SDK events: off() with the same handler reference).`,
        )
      }
    },
  },
  {
    name: 'subscribe delivers changes made on another device',
    async run(fixture) {
      const setup = prepare(fixture)
      if ('skip' in setup) return setup
      if (!fixture.simulateRemoteChange) return skip('the fixture has no simulateRemoteChange')
      const userID = fixture.knownUserIDs.find((id) => id !== fixture.myUserID) as string
      const events = recordEvents(setup.subscribe, setup.timeoutMs)
      try {
        await fixture.simulateRemoteChange(userID, setup.edit.patch)
        await events.waitFor(
          (change) => change.userID === userID,
          `a change for "${userID}" after simulateRemoteChange`,
        )
      } finally {
        events.unsubscribe()
      }
      const [raw] = await callAdapter(`getUserProfiles(["${userID}"])`, () =>
        fixture.adapter.getUserProfiles([userID]),
      )
      const value = setup.edit.read(expectProfile(raw, `What getUserProfiles(["${userID}"]) resolved`))
      if (value !== setup.edit.value) {
        fail(
          `After a change on another device (${JSON.stringify(setup.edit.patch)}), getUserProfiles(["${userID}"]) shows ${JSON.stringify(value)}; serve the changed profile.`,
        )
      }
    },
  },
]

function updateMine(fixture: ConformanceFixture, setup: Setup): Promise<unknown> {
  const { patch } = setup.edit
  return callAdapter(`updateMyProfile(${JSON.stringify(patch)})`, () =>
    fixture.adapter.updateMyProfile(patch),
  )
}

type Setup = {
  subscribe: NonNullable<ProfileAdapter['subscribe']>
  edit: NonNullable<ReturnType<typeof sampleEdit>>
  timeoutMs: number
}

function prepare(fixture: ConformanceFixture): Setup | { skip: string } {
  const { adapter } = fixture
  if (typeof adapter.subscribe !== 'function') return skip('the adapter has no subscribe')
  const edit = sampleEdit(fixture, resolveSchema(adapter.schema))
  if (!edit)
    return skip(
      'the schema lets users change neither nick nor selfSignature, and the fixture names no customFieldKey',
    )
  return {
    subscribe: adapter.subscribe.bind(adapter),
    edit,
    timeoutMs: fixture.eventTimeoutMs ?? DEFAULT_EVENT_TIMEOUT_MS,
  }
}
