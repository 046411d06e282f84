import { forwardRef, type HTMLAttributes } from 'react'
import { cx } from '../internal/cx'
import { useProfileCard } from './ProfileCardContext'
import { SkeletonBar } from './SkeletonBar'

/**
 * Props of {@link ProfileCardStatus}; a `ref` goes to its element.
 *
 * @example
 * ```tsx
 * <ProfileCard.Status style={{ fontStyle: 'italic' }} />
 * ```
 */
export type ProfileCardStatusProps = Omit<HTMLAttributes<HTMLParagraphElement>, 'children'>

/**
 * The status line (`selfSignature`); nothing when it is empty. A placeholder bar while loading.
 *
 * @example
 * ```tsx
 * <ProfileCard.Status />
 * ```
 */
export const ProfileCardStatus = /* @__PURE__ */ forwardRef<HTMLParagraphElement, ProfileCardStatusProps>(
  function ProfileCardStatus({ className, ...props }, ref) {
    const { state, profile } = useProfileCard()
    if (state === 'loading') return <SkeletonBar className={cx('pk-card__status', className)} />
    if (!profile?.selfSignature) return null
    return (
      <p {...props} ref={ref} className={cx('pk-card__status', className)} dir="auto">
        {profile.selfSignature}
      </p>
    )
  },
)
