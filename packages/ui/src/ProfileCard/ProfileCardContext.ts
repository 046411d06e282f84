import { createContext, useContext } from 'react'
import type {
  CustomFieldDefinition,
  Profile,
  ProfileError,
  RemarkResult,
  StandardField,
} from '@profile-kit/core'

/**
 * What a card is showing, also written to its `data-state` attribute.
 *
 * @example
 * ```css
 * .pk-card[data-state='error'] { border-color: var(--pk-danger); }
 * ```
 */
export type ProfileCardState = 'loading' | 'ready' | 'not-found' | 'error'

/**
 * A field the card can list below the status line: a standard field, one custom field
 * (`'customFields.team'`), or `'customFields'` for all of them (the declared ones, in their
 * order, else every custom field the profile has).
 *
 * @example
 * ```tsx
 * <ProfileCard userID={id} fields={['location', 'birthday', 'customFields.team']} />
 * ```
 */
export type ProfileCardField =
  Exclude<StandardField, 'nick' | 'avatar' | 'selfSignature'> | `customFields.${string}` | 'customFields'

/**
 * What every part of a card reads (see {@link useProfileCard}).
 *
 * @example
 * ```ts
 * const { state, profile, displayName, retry } = useProfileCard()
 * ```
 */
export interface ProfileCardContextValue {
  state: ProfileCardState
  /** The user asked for (`profile.userID` when a profile was given). */
  userID: string
  /** The profile once `state` is `'ready'`. */
  profile: Profile | undefined
  /**
   * The provider's `displayName` of the profile with my remark for the user (remark, else nick,
   * else user ID by default); the remark or the userID while there is no profile.
   */
  displayName: string
  /** My remark for the user, for a card loaded by `userID`; `undefined` for a card given a `profile`. */
  remark: RemarkResult | undefined
  /** Why loading failed, when `state` is `'error'`. */
  error: ProfileError | null
  /** Loads the profile again; `undefined` for a card given a `profile`. */
  retry: (() => void) | undefined
  /** `true` while a retry is on its way. */
  isRetrying: boolean
  /** The fields to list, as passed to the card. */
  fields: readonly ProfileCardField[]
  /** Custom field definitions for labels and value formatting. */
  customFields: readonly CustomFieldDefinition[] | undefined
}

export const ProfileCardContext = createContext<ProfileCardContextValue | null>(null)

/**
 * Reads the card around a part, for replacing parts with your own or adding actions.
 *
 * @example
 * ```tsx
 * function MessageButton() {
 *   const { profile } = useProfileCard()
 *   return profile ? <button onClick={() => openChat(profile.userID)}>Message</button> : null
 * }
 * <ProfileCard userID={id}><ProfileCard.Avatar /><ProfileCard.Name /><MessageButton /></ProfileCard>
 * ```
 */
export function useProfileCard(): ProfileCardContextValue {
  const value = useContext(ProfileCardContext)
  if (!value) {
    throw new Error(
      'ProfileCard parts (ProfileCard.Avatar, ProfileCard.Name, …) and useProfileCard() must be used inside a <ProfileCard>.',
    )
  }
  return value
}
