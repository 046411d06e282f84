import { forwardRef, type HTMLAttributes } from 'react'
import { cx } from '../internal/cx'
import { useProfileCard } from './ProfileCardContext'
import { SkeletonBar } from './SkeletonBar'

/**
 * Props of {@link ProfileCardName}; a `ref` goes to its element.
 *
 * @example
 * ```tsx
 * <ProfileCard.Name className="my-name" />
 * ```
 */
export type ProfileCardNameProps = Omit<HTMLAttributes<HTMLDivElement>, 'children'>

/**
 * The display name (the provider's `displayName`: nick, else userID; the userID when there is no
 * profile). Direction is detected per name, so right-to-left names and bidi tricks cannot reorder
 * the text around them. A placeholder bar while loading.
 *
 * @example
 * ```tsx
 * <ProfileCard.Name className="my-name" />
 * ```
 */
export const ProfileCardName = /* @__PURE__ */ forwardRef<HTMLDivElement, ProfileCardNameProps>(
  function ProfileCardName({ className, ...props }, ref) {
    const { state, displayName } = useProfileCard()
    if (state === 'loading') return <SkeletonBar className={cx('pk-card__name', className)} />
    return (
      <div {...props} ref={ref} className={cx('pk-card__name', className)} dir="auto">
        {displayName}
      </div>
    )
  },
)
