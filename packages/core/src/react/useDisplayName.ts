import { readProfile } from '../client/readProfile'
import { isUserID } from '../model/guards'
import type { Profile } from '../model/profile'
import { DEFAULT_CONFIG, useOptionalProfileContext, type DisplayName } from './ProfileProvider'
import { useQueryData } from './useQueryData'

/**
 * The name to show for a user, live: the provider's `displayName` given the profile and my remark
 * for the user (by default remark, else nick, else user ID). Pass a user ID to load both, or a
 * profile you already have to load only the remark. Re-renders only when that user's profile or
 * remark changes. Outside a provider (a component given a `profile`), it is the nick, else the ID.
 *
 * @example
 * ```tsx
 * function SenderName({ userID }: { userID: string }) {
 *   return <b>{useDisplayName(userID)}</b>
 * }
 * ```
 */
export function useDisplayName(user: string | Profile | undefined): string {
  const context = useOptionalProfileContext()
  const client = context?.client
  const userID = typeof user === 'string' ? user : user?.userID
  const valid = isUserID(userID)
  const loaded = useQueryData(
    client?.queryClient,
    typeof user === 'string' && valid ? client?.userQuery(user) : undefined,
  )
  const remark = useQueryData(
    client?.queryClient,
    valid && client?.remarkRules.supported ? client.remarkQuery(userID) : undefined,
  )
  const profile = typeof user === 'string' ? (readProfile(loaded) ?? undefined) : user
  return nameOf(context?.config.displayName ?? DEFAULT_CONFIG.displayName, profile, remark, userID)
}

/** The display name from what is known so far: without a profile, the remark, else the user ID. */
function nameOf(
  displayName: DisplayName,
  profile: Profile | undefined,
  remark: string | null | undefined,
  userID: string | undefined,
): string {
  const known = typeof remark === 'string' && remark !== '' ? remark : undefined
  if (profile) return displayName(profile, known === undefined ? {} : { remark: known })
  return known ?? (typeof userID === 'string' ? userID : '')
}
