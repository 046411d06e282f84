import { passOnUnchanged } from './passOnUnchanged'
import { ProfileError, type ProfileAdapter } from '@profile-kit/core'

/** The network knobs, read on every call. */
export interface NetworkConditions {
  latencyMs: number
  /** 0 to 1. */
  failureRate: number
}

/**
 * A vendor adapter behind the demo's simulated network: each call waits `latencyMs`, then fails
 * with a retryable `network` ProfileError at `failureRate`, as a dropped request would. The memory
 * adapter has these knobs itself; the SDK doubles answer at once.
 *
 * @example
 * ```ts
 * const adapter = withSimulatedNetwork(vendorAdapter, () => ({ latencyMs: 300, failureRate: 0.1 }))
 * ```
 */
export function withSimulatedNetwork(
  adapter: ProfileAdapter,
  conditions: () => NetworkConditions,
): ProfileAdapter {
  async function overNetwork<T>(operation: string, run: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const { latencyMs, failureRate } = conditions()
    if (latencyMs > 0) await wait(latencyMs, signal)
    if (Math.random() < failureRate) {
      throw new ProfileError('network', `${operation} failed: the simulated network dropped the request.`)
    }
    return run()
  }
  const wrapped: ProfileAdapter = {
    getMyProfile: () => overNetwork('getMyProfile', () => adapter.getMyProfile()),
    getUserProfiles: (ids) => overNetwork('getUserProfiles', () => adapter.getUserProfiles(ids)),
    updateMyProfile: (patch) => overNetwork('updateMyProfile', () => adapter.updateMyProfile(patch)),
  }
  passOnUnchanged(adapter, wrapped)
  const upload = adapter.uploadAvatar?.bind(adapter)
  if (upload) {
    wrapped.uploadAvatar = (image, options) =>
      overNetwork('uploadAvatar', () => upload(image, options), options.signal)
  }
  const remarks = adapter.remarks
  if (remarks) {
    const { setRemark } = remarks
    wrapped.remarks = {
      ...remarks,
      getRemarks: (ids) => overNetwork('getRemarks', () => remarks.getRemarks(ids)),
      setRemark:
        setRemark &&
        ((userID, remark) => overNetwork('setRemark', () => setRemark.call(remarks, userID, remark))),
      subscribe: remarks.subscribe?.bind(remarks),
    }
  }
  return wrapped
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts (a cancelled upload). */
function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer)
        reject(signal.reason)
      },
      { once: true },
    )
  })
}
