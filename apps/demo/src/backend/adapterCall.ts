import type { ProfileErrorCode } from '@profile-kit/core'

/** The adapter methods that reach the backend. */
export type AdapterMethod =
  'getMyProfile' | 'getUserProfiles' | 'updateMyProfile' | 'uploadAvatar' | 'getRemarks' | 'setRemark'

/** How a call ended: still running, answered, or failed with a `ProfileError` code. */
export type CallOutcome = 'pending' | 'ok' | ProfileErrorCode

/** One adapter call, as the "Adapter calls" panel lists it. */
export interface AdapterCall {
  /** 1 for the first call of the page, then counting up. */
  id: number
  method: AdapterMethod
  /** How many user IDs were asked for (`getUserProfiles`, `getRemarks`); `null` for the other methods. */
  ids: number | null
  /** The fields a save sent (`updateMyProfile`); empty for reads. */
  fields: readonly string[]
  /** When it started, in `performance.now()` milliseconds. */
  startedAt: number
  /** How long it took; `null` while pending. */
  durationMs: number | null
  outcome: CallOutcome
}

/** What an instrumented adapter reports: a call starts, and later it ends. */
export interface CallRecorder {
  /** Records a new call and returns the function that records how it ended. */
  start(
    call: Pick<AdapterCall, 'method' | 'ids' | 'fields'>,
  ): (outcome: Exclude<CallOutcome, 'pending'>) => void
}
