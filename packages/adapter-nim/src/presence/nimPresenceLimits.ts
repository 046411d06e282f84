import { ProfileError } from '@profile-kit/core/vanilla'

/** NetEase's bounds of a subscription's duration, in seconds (60 s to 30 days), in both SDKs. */
export const NIM_PRESENCE_DURATION_RANGE = { min: 60, max: 2_592_000 } as const

/** The default subscription duration: an hour, so the kit renews a shown user once an hour. */
export const DEFAULT_PRESENCE_DURATION_SECONDS = 3600

/**
 * The limits both NetEase SDKs' presence declares: 100 accounts a call, 3,000 in all, renewal
 * after `durationSeconds`.
 *
 * @throws {ProfileError} `invalid_argument` when `durationSeconds` is out of range.
 */
export function nimPresenceLimits(durationSeconds: number) {
  assertPresenceDuration(durationSeconds)
  return { maxBatchSize: 100, maxSubscriptions: 3000, ttlMs: durationSeconds * 1000 }
}

/**
 * Checks a subscription duration before anything is sent.
 *
 * @throws {ProfileError} `invalid_argument` when `seconds` is not a whole number from 60 to 2,592,000.
 */
export function assertPresenceDuration(seconds: number): void {
  const { min, max } = NIM_PRESENCE_DURATION_RANGE
  if (Number.isInteger(seconds) && seconds >= min && seconds <= max) return
  throw new ProfileError(
    'invalid_argument',
    `NetEase presence durationSeconds must be a whole number of seconds from ${min} to ${max}; got ${String(seconds)}.`,
  )
}
