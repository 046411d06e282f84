import { passOnUnchanged } from './passOnUnchanged'
import { type ProfileAdapter, type ProfilePatch, type RemarkSource } from '@profile-kit/core'
import { toProfileError } from '@profile-kit/core/vanilla'
import type { AdapterCall, CallRecorder } from './adapterCall'

/**
 * Wraps an adapter so every backend call is reported to `recorder` (method, number of IDs,
 * duration, outcome) and otherwise passes through untouched: same answers, same errors, same
 * schema and live events. This is how the demo shows what the kit asks of a backend.
 *
 * @example
 * ```ts
 * const adapter = instrumentAdapter(createMemoryAdapter({ me }), useDemoStore.getState().calls)
 * ```
 */
export function instrumentAdapter(adapter: ProfileAdapter, recorder: CallRecorder): ProfileAdapter {
  async function record<T>(
    call: Pick<AdapterCall, 'method' | 'ids' | 'fields'>,
    run: () => Promise<T>,
  ): Promise<T> {
    const end = recorder.start(call)
    try {
      const result = await run()
      end('ok')
      return result
    } catch (error) {
      end(toProfileError(error).code)
      throw error
    }
  }

  const instrumented: ProfileAdapter = {
    getMyProfile: () =>
      record({ method: 'getMyProfile', ids: null, fields: [] }, () => adapter.getMyProfile()),
    getUserProfiles: (userIDs) =>
      record({ method: 'getUserProfiles', ids: userIDs.length, fields: [] }, () =>
        adapter.getUserProfiles(userIDs),
      ),
    updateMyProfile: (patch) =>
      record({ method: 'updateMyProfile', ids: null, fields: patchFields(patch) }, () =>
        adapter.updateMyProfile(patch),
      ),
  }
  // Presence passes through unlogged: the panel counts the profile calls the kit batches.
  passOnUnchanged(adapter, instrumented)
  const upload = adapter.uploadAvatar?.bind(adapter)
  if (upload) {
    instrumented.uploadAvatar = (image, options) =>
      record({ method: 'uploadAvatar', ids: null, fields: [] }, () => upload(image, options))
  }
  if (adapter.remarks) instrumented.remarks = instrumentRemarks(adapter.remarks, record)
  return instrumented
}

/** The remark source with its backend calls recorded like the profile calls. */
function instrumentRemarks(
  remarks: RemarkSource,
  record: <T>(call: Pick<AdapterCall, 'method' | 'ids' | 'fields'>, run: () => Promise<T>) => Promise<T>,
): RemarkSource {
  const { setRemark, subscribe } = remarks
  return {
    ...remarks,
    getRemarks: (userIDs) =>
      record({ method: 'getRemarks', ids: userIDs.length, fields: [] }, () => remarks.getRemarks(userIDs)),
    setRemark:
      setRemark &&
      ((userID, remark) =>
        record({ method: 'setRemark', ids: null, fields: ['remark'] }, () =>
          setRemark.call(remarks, userID, remark),
        )),
    subscribe: subscribe?.bind(remarks),
  }
}

/** `['nick', 'customFields.team']`: the names of what a save changes. */
function patchFields(patch: ProfilePatch): string[] {
  return Object.entries(patch).flatMap(([key, value]) =>
    key === 'customFields' && value && typeof value === 'object'
      ? Object.keys(value).map((custom) => `customFields.${custom}`)
      : [key],
  )
}
