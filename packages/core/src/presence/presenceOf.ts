import type { ProfileClient } from '../client/createProfileClient'
import { createPresenceManager, type PresenceManager } from './createPresenceManager'

const managers = new WeakMap<ProfileClient, PresenceManager>()

/**
 * The presence manager of a provider's engine, created the first time something asks for
 * presence. Living beside the engine rather than in it keeps presence out of the bundles of apps
 * that never show it. It subscribes again whenever the engine's session resets.
 *
 * @example
 * ```ts
 * const stop = presenceOf(client).watch(['ada'])
 * ```
 */
export function presenceOf(client: ProfileClient): PresenceManager {
  let manager = managers.get(client)
  if (!manager) {
    const created = createPresenceManager(client.adapter.presence, {
      timeoutMs: client.options.timeoutMs,
      ...client.options.presence,
    })
    client.onReset(() => created.reset())
    managers.set(client, created)
    manager = created
  }
  return manager
}
