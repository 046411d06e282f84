import type { PresenceSource } from '../adapter/PresenceSource'
import type { ProfileClient } from '../client/createProfileClient'
import { createPresenceManager, type PresenceManager } from './createPresenceManager'

/** One manager per backend: subscriptions live at the backend, so every engine over it must share them. */
const managers = new WeakMap<PresenceSource, PresenceManager>()
/** Engines whose session resets already reach their source's manager. */
const followed = new WeakSet<ProfileClient>()

/**
 * The presence manager of a provider's engine, created the first time something asks for
 * presence. Living beside the engine rather than in it keeps presence out of the bundles of apps
 * that never show it.
 *
 * Engines over the same `adapter.presence` (two providers with different scopes over one SDK, or
 * the new engine a provider makes when its options change) share one manager, so one never lets go
 * of a user the other still shows; the first engine's presence options apply. It subscribes again
 * whenever any of those engines' sessions resets.
 *
 * @example
 * ```ts
 * const stop = presenceOf(client).watch(['ada'])
 * ```
 */
export function presenceOf(client: ProfileClient): PresenceManager {
  const source = client.adapter.presence
  if (!source) return createPresenceManager(undefined)
  let manager = managers.get(source)
  if (!manager) {
    manager = createPresenceManager(source, {
      timeoutMs: client.options.timeoutMs,
      ...client.options.presence,
    })
    managers.set(source, manager)
  }
  if (!followed.has(client)) {
    followed.add(client)
    const shared = manager
    client.onReset(() => shared.reset())
  }
  return manager
}
