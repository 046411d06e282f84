import type { PresenceChange, PresenceSource } from '../../adapter/PresenceSource'
import { describeValue } from '../../errors/invalidArgument'
import { isRecord, isUserID } from '../../model/guards'
import { callAdapter } from '../callAdapter'
import type { ConformanceFixture } from '../ConformanceFixture'
import { fail } from '../fail'
import { DEFAULT_EVENT_TIMEOUT_MS, STRAGGLER_MS } from '../recordEvents'
import { skip, type CheckDefinition } from './CheckDefinition'

/**
 * Checks of `adapter.presence`, for adapters that have it.
 *
 * @internal
 */
export const presenceChecks: CheckDefinition[] = [
  {
    name: 'presence declares limits the kit can batch and queue by',
    async run(fixture) {
      const presence = presenceOf(fixture)
      if (!presence) return skip('the adapter has no presence')
      const problems = limitProblems(presence)
      if (problems.length > 0) fail(`presence declares ${problems.join('; ')}.`)
    },
  },
  {
    name: 'presence.subscribe takes a full batch and answers only users it was asked for',
    async run(fixture) {
      const presence = presenceOf(fixture)
      if (!presence) return skip('the adapter has no presence')
      const batch = fullBatch(fixture, presence.maxBatchSize)
      const label = `presence.subscribe([${batch.length} user IDs])`
      const answer: unknown = await callAdapter(label, () => presence.subscribe(batch))
      if (!Array.isArray(answer)) fail(`${label} resolved ${describeValue(answer)}; resolve an array.`)
      for (const status of answer as unknown[]) {
        const problem = presenceProblem(status)
        if (problem) fail(`${label} resolved ${describeValue(status)}: ${problem}.`)
        if (!batch.includes((status as { userID: string }).userID)) {
          fail(
            `${label} resolved a status for "${(status as { userID: string }).userID}", who was not asked for.`,
          )
        }
      }
      await callAdapter(`presence.unsubscribe([${batch.length} user IDs])`, () => presence.unsubscribe(batch))
    },
  },
  {
    name: 'presence.onChange delivers changes carrying their userID, until stopped',
    async run(fixture) {
      const presence = presenceOf(fixture)
      if (!presence) return skip('the adapter has no presence')
      if (!fixture.simulatePresence) return skip('the fixture has no simulatePresence')
      const userID = fixture.knownUserIDs.find((id) => id !== fixture.myUserID) as string
      await callAdapter(`presence.subscribe(["${userID}"])`, () => presence.subscribe([userID]))
      const staying = recordPresence(presence)
      const leaving = recordPresence(presence)
      leaving.stop()
      try {
        await fixture.simulatePresence(userID, true)
        await staying.waitFor(userID, true, fixture.eventTimeoutMs ?? DEFAULT_EVENT_TIMEOUT_MS)
        await new Promise((resolve) => setTimeout(resolve, STRAGGLER_MS))
      } finally {
        staying.stop()
      }
      if (leaving.changes.length > 0) {
        fail(
          `A presence listener received ${leaving.changes.length} change(s) after the function onChange returned was called; it must remove exactly that listener.`,
        )
      }
    },
  },
]

function presenceOf(fixture: ConformanceFixture): PresenceSource | undefined {
  return fixture.adapter.presence
}

function limitProblems(presence: PresenceSource): string[] {
  const positive = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value > 0
  const problems: string[] = []
  if (!positive(presence.maxBatchSize))
    problems.push(`maxBatchSize as ${describeValue(presence.maxBatchSize)}; want a positive integer`)
  const { rateLimit, maxSubscriptions, ttlMs } = presence
  if (rateLimit !== undefined && !(positive(rateLimit.calls) && positive(rateLimit.perMs)))
    problems.push(`rateLimit as ${describeValue(rateLimit)}; want positive integer calls and perMs`)
  if (
    maxSubscriptions !== undefined &&
    !(positive(maxSubscriptions) && maxSubscriptions >= presence.maxBatchSize)
  )
    problems.push(
      `maxSubscriptions as ${describeValue(maxSubscriptions)}; want an integer of at least maxBatchSize`,
    )
  if (ttlMs !== undefined && !positive(ttlMs))
    problems.push(`ttlMs as ${describeValue(ttlMs)}; want a positive integer`)
  return problems
}

/** The known users other than me, filled up to `size` with IDs the backend does not know. */
function fullBatch(fixture: ConformanceFixture, size: number): string[] {
  const known = fixture.knownUserIDs.filter((id) => id !== fixture.myUserID).slice(0, size)
  const filler = Array.from({ length: size - known.length }, (_, i) => `${fixture.unknownUserID}-${i}`)
  return [...known, ...filler]
}

function presenceProblem(status: unknown): string | undefined {
  if (!isRecord(status) || !isUserID(status.userID)) return 'every status needs its userID'
  if (typeof status.online !== 'boolean') return '`online` must be a boolean'
  if (typeof status.lastSeenAt !== 'number') return '`lastSeenAt` must be a number (0 when unknown)'
  if (typeof status.customStatus !== 'string') return "`customStatus` must be a string ('' when none)"
  return undefined
}

/** Records what one presence listener receives; shape problems are reported, never thrown into the SDK. */
function recordPresence(presence: PresenceSource) {
  const changes: PresenceChange[] = []
  const problems: string[] = []
  let onEvent: (() => void) | undefined
  const stop: unknown = presence.onChange((received: unknown) => {
    const items: unknown[] = Array.isArray(received) ? received : []
    if (!Array.isArray(received))
      problems.push(`presence.onChange was called with ${describeValue(received)}; pass an array`)
    for (const change of items) {
      if (isRecord(change) && isUserID(change.userID)) changes.push(change as PresenceChange)
      else problems.push(`presence.onChange received ${describeValue(change)}; every change needs its userID`)
    }
    onEvent?.()
  })
  if (typeof stop !== 'function')
    fail(
      `presence.onChange returned ${describeValue(stop)}; it must return the function that stops listening.`,
    )
  return {
    changes,
    stop: stop as () => void,
    /** Resolves once `userID` is reported with `online`; fails on a malformed change or after `timeoutMs`. */
    waitFor(userID: string, online: boolean, timeoutMs: number): Promise<void> {
      const seen = () => changes.some((change) => change.userID === userID && change.online === online)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(
            new Error(
              `No presence change { userID: "${userID}", online: ${online} } within ${timeoutMs} ms after simulatePresence; forward the backend's status events through onChange.`,
            ),
          )
        }, timeoutMs)
        onEvent = () => {
          if (problems.length === 0 && !seen()) return
          clearTimeout(timer)
          if (problems.length > 0) reject(new Error(`${problems.join('; ')}.`))
          else resolve()
        }
        onEvent()
      })
    },
  }
}
