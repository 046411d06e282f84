import type { Profile } from '@profile-kit/core'

/** Props of {@link Card}. */
export interface CardProps {
  userID: string
  /** The user's profile, `undefined` while it loads. */
  profile: Profile | undefined
}

/**
 * The one card every variant renders (deliberately without `React.memo`, as most apps write it):
 * an initial, the display name and the status line. `data-state` tells the bench when the name shows.
 */
export function Card({ userID, profile }: CardProps) {
  const name = profile ? profile.nick || profile.userID : ''
  return (
    <article className="card" data-user={userID} data-state={profile ? 'ready' : 'loading'}>
      <span className="initial" aria-hidden="true">
        {(name || userID).slice(0, 1).toUpperCase()}
      </span>
      <span className="name">{name}</span>
      <span className="status">{profile?.selfSignature ?? ''}</span>
    </article>
  )
}
