import { ProfileError } from '../errors/ProfileError'
import type { Profile, ProfilePatch } from '../model/profile'
import type { ProfileClient } from './createProfileClient'

/**
 * What work beside a save needs of an engine, beyond its public interface: a photo upload shows
 * its preview as a pending layer and must not save into a later session. Kept apart from
 * `ProfileClient`, so apps that never upload do not bundle the upload code.
 *
 * @internal
 */
export interface PendingLayers {
  /**
   * Shows `diff` over my profile (`current` as shown now) as a pending layer that is never sent
   * nor validated, until the returned function withdraws it.
   */
  showLayer(diff: ProfilePatch, current: Profile): () => void
  /** Changes whenever the session does (login, logout, account switch). */
  session(): number
}

const engines = new WeakMap<ProfileClient, PendingLayers>()

/** @internal Called by `createProfileClient` for each engine it makes. */
export function registerPendingLayers(client: ProfileClient, layers: PendingLayers): void {
  engines.set(client, layers)
}

/**
 * The pending layers of an engine made by `createProfileClient`.
 *
 * @throws {ProfileError} `invalid_argument` for anything else.
 * @internal
 */
export function pendingLayersOf(client: ProfileClient): PendingLayers {
  const layers = engines.get(client)
  if (layers) return layers
  throw new ProfileError(
    'invalid_argument',
    'uploadAvatar needs the engine createProfileClient made (or useProfileClient returns), not a copy of it.',
    { field: 'client' },
  )
}
