import type { ProfileAdapter } from '@profile-kit/core'

/**
 * Copies onto `wrapper` the parts of `adapter` that a demo wrapper passes on as they are: the
 * schema, profile events, presence (its calls keep the backend's own timing and are queued under
 * its rate limit by the kit) and the photo rules. Returns `wrapper`.
 */
export function passOnUnchanged(adapter: ProfileAdapter, wrapper: ProfileAdapter): ProfileAdapter {
  if (adapter.schema) wrapper.schema = adapter.schema
  if (adapter.subscribe) wrapper.subscribe = adapter.subscribe.bind(adapter)
  if (adapter.presence) wrapper.presence = adapter.presence
  if (adapter.avatarImage) wrapper.avatarImage = adapter.avatarImage
  return wrapper
}
