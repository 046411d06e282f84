import { forwardRef, type CSSProperties } from 'react'
import { Avatar, type AvatarProps } from '../Avatar/Avatar'
import { cx } from '../internal/cx'
import { useProfileCard } from './ProfileCardContext'

/**
 * Props of {@link ProfileCardAvatar}: those of `Avatar` except whose avatar it is. A `ref` goes to the
 * avatar's element once the profile is shown.
 *
 * @example
 * ```tsx
 * <ProfileCard.Avatar size="md" />
 * ```
 */
export type ProfileCardAvatarProps = Omit<AvatarProps, 'profile' | 'name' | 'src' | 'userID' | 'decorative'>

/**
 * The card's avatar, decorative because the name is printed beside it. A placeholder circle
 * while loading; the person icon when there is no profile. Defaults to `size="lg"`.
 *
 * @example
 * ```tsx
 * <ProfileCard userID={id}><ProfileCard.Avatar size={96} /><ProfileCard.Name /></ProfileCard>
 * ```
 */
export const ProfileCardAvatar = /* @__PURE__ */ forwardRef<HTMLElement, ProfileCardAvatarProps>(
  function ProfileCardAvatar({ size = 'lg', className, ...props }, ref) {
    const { state, profile, userID } = useProfileCard()
    if (state === 'loading') {
      return (
        <span
          className={cx('pk-avatar', 'pk-skeleton', 'pk-card__avatar', className)}
          data-size={typeof size === 'number' ? 'custom' : size}
          style={
            typeof size === 'number' ? ({ '--pk-avatar-size': `${size}px` } as CSSProperties) : undefined
          }
          aria-hidden="true"
        />
      )
    }
    return (
      <Avatar
        {...props}
        ref={ref}
        className={cx('pk-card__avatar', className)}
        profile={profile}
        name={profile ? undefined : ''}
        userID={userID}
        size={size}
        decorative
      />
    )
  },
)
