import { useEffect, useState, type ReactNode } from 'react'
import { useProfileClient } from '../react/ProfileProvider'
import type { ProfileClient } from '../client/createProfileClient'
import { persistProfileCache, type PersistProfilesOptions } from './persistProfileCache'
import { clearPersistedProfiles, profileStoreKey } from './profileStorage'

/** Props of {@link PersistProfiles}. */
export interface PersistProfilesProps extends Omit<PersistProfilesOptions, 'userID'> {
  /**
   * The adapter's signed-in user (the `userID` its `getMyProfile` answers), whose store is restored
   * and kept; restoring it removes the stores of every other user of the app (account switch). Only
   * what this user's session read is stored: after an SDK signs in as another account in place, the
   * previous account's entries stay out of the new store. `null` when signed out: every store of the
   * app is removed.
   */
  userID: string | null
  /** Shown while the store is read (a few milliseconds). Defaults to nothing. */
  fallback?: ReactNode
  /** The part of the app that shows profiles: rendered once the store is restored, then kept mounted. */
  children?: ReactNode
}

/**
 * Opt-in persisted profile cache: put it inside `ProfileProvider`. On a reload its children's first
 * commit already shows the names and avatars the user saw last time, with no adapter call; stale
 * entries then revalidate in batches. The store is per app, user, scope and kit version, entries
 * age out after `maxAge`, and the previous user's store is removed on account switch or logout.
 * A store that fails degrades to memory with one `console.warn`. From `@profile-kit/core/persist`.
 *
 * @example
 * ```tsx
 * <ProfileProvider adapter={adapter}>
 *   <PersistProfiles appID="chat" userID={session.userID}>
 *     <ChatApp />
 *   </PersistProfiles>
 * </ProfileProvider>
 * ```
 */
export function PersistProfiles(props: PersistProfilesProps) {
  const { userID, fallback = null, children, appID, maxAge, buster, storage, throttleMs } = props
  const { restoreTimeoutMs } = props
  const client = useProfileClient()
  const [restored, setRestored] = useState<{ client: ProfileClient; key: string }>()
  const key = userID === null ? undefined : profileStoreKey(appID, userID, client.scope)

  useEffect(() => {
    // Signed out: no one's profiles stay on the device.
    if (userID === null) return void clearPersistedProfiles({ appID, storage })
    const options = { appID, userID, maxAge, buster, storage, throttleMs, restoreTimeoutMs }
    const cache = persistProfileCache(client, options)
    let active = true
    void cache.restored.then(() => {
      if (active) setRestored({ client, key: profileStoreKey(appID, userID, client.scope) })
    })
    return () => {
      active = false
      cache.stop()
    }
  }, [client, appID, userID, maxAge, buster, storage, throttleMs, restoreTimeoutMs])

  // Children once on screen stay mounted while another store is read (persistence turned on, or
  // another user): unmounting them would lose their state, and hydrate never overwrites newer data.
  const [shownFor, setShownFor] = useState<ProfileClient>()
  const ready =
    key === undefined || (restored?.client === client && restored.key === key) || shownFor === client
  if (ready && shownFor !== client) setShownFor(client)
  return <>{ready ? children : fallback}</>
}
