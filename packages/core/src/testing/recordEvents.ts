import type { ProfileAdapter } from '../adapter/ProfileAdapter'
import { describeValue } from '../errors/invalidArgument'
import { fail } from './fail'

/** How long to wait for an expected change event when the fixture does not say. */
export const DEFAULT_EVENT_TIMEOUT_MS = 2000
/** How long deliveries may trail the event that proved they were sent. */
export const STRAGGLER_MS = 50

/** The change events one subscription received, and a way to wait for a particular one. */
export interface EventRecorder {
  /** Every change item received so far. */
  readonly changes: unknown[]
  /** Resolves once a received change matches, or fails after `timeoutMs` naming `what` was expected. */
  waitFor(matches: (change: { userID: string }) => boolean, what: string): Promise<void>
  unsubscribe(): void
}

/**
 * Subscribes to an adapter and records what it delivers, checking the shape of every event.
 *
 * @internal
 */
export function recordEvents(
  subscribe: NonNullable<ProfileAdapter['subscribe']>,
  timeoutMs: number,
): EventRecorder {
  const changes: unknown[] = []
  const problems: string[] = []
  let onEvent: (() => void) | undefined
  const unsubscribe: unknown = subscribe((received: unknown) => {
    if (!Array.isArray(received)) {
      problems.push(
        `subscribe's onChange was called with ${describeValue(received)}; pass an array of changes.`,
      )
    } else {
      for (const change of received) {
        if (!hasUserID(change))
          problems.push(`onChange received ${describeValue(change)}; every change needs its userID.`)
        changes.push(change)
      }
    }
    onEvent?.()
  })
  if (typeof unsubscribe !== 'function') {
    fail(`subscribe returned ${describeValue(unsubscribe)}; it must return the function that unsubscribes.`)
  }

  function waitFor(matches: (change: { userID: string }) => boolean, what: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const finish = (error?: Error) => {
        clearTimeout(timer)
        onEvent = undefined
        if (error) reject(error)
        else resolve()
      }
      const timer = setTimeout(() => {
        finish(new Error(`Expected ${what} within ${timeoutMs} ms, but got ${summary(changes)}.`))
      }, timeoutMs)
      onEvent = () => {
        if (problems.length > 0) finish(new Error(problems.join(' ')))
        else if (changes.some((change) => hasUserID(change) && matches(change))) finish()
      }
      onEvent()
    })
  }

  return { changes, waitFor, unsubscribe: unsubscribe as () => void }
}

function hasUserID(change: unknown): change is { userID: string } {
  return (
    typeof change === 'object' &&
    change !== null &&
    typeof (change as { userID?: unknown }).userID === 'string'
  )
}

function summary(changes: unknown[]): string {
  if (changes.length === 0) return 'no event'
  const ids = changes.map((change) =>
    hasUserID(change) ? JSON.stringify(change.userID) : describeValue(change),
  )
  return `changes for ${ids.join(', ')} only`
}
