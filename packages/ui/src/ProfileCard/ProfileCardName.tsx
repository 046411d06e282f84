import type { HTMLAttributes, Ref } from 'react'
import { cx } from '../internal/cx'
import { useProfileCard } from './ProfileCardContext'

/**
 * Props of {@link ProfileCardName}.
 *
 * @example
 * ```tsx
 * <ProfileCard.Name className="my-name" />
 * ```
 */
export interface ProfileCardNameProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  ref?: Ref<HTMLDivElement>
}

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
export function ProfileCardName({ className, ref, ...props }: ProfileCardNameProps) {
  const { state, displayName } = useProfileCard()
  if (state === 'loading') {
    return (
      <span className={cx('pk-skeleton', 'pk-card__name', className)} data-skeleton="" aria-hidden="true" />
    )
  }
  return (
    <div {...props} ref={ref} className={cx('pk-card__name', className)} dir="auto">
      {displayName}
    </div>
  )
}
