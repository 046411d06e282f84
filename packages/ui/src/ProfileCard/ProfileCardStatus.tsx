import type { HTMLAttributes, Ref } from 'react'
import { cx } from '../internal/cx'
import { useProfileCard } from './ProfileCardContext'

/**
 * Props of {@link ProfileCardStatus}.
 *
 * @example
 * ```tsx
 * <ProfileCard.Status style={{ fontStyle: 'italic' }} />
 * ```
 */
export interface ProfileCardStatusProps extends Omit<HTMLAttributes<HTMLParagraphElement>, 'children'> {
  ref?: Ref<HTMLParagraphElement>
}

/**
 * The status line (`selfSignature`); nothing when it is empty. A placeholder bar while loading.
 *
 * @example
 * ```tsx
 * <ProfileCard.Status />
 * ```
 */
export function ProfileCardStatus({ className, ref, ...props }: ProfileCardStatusProps) {
  const { state, profile } = useProfileCard()
  if (state === 'loading') {
    return (
      <span className={cx('pk-skeleton', 'pk-card__status', className)} data-skeleton="" aria-hidden="true" />
    )
  }
  if (!profile?.selfSignature) return null
  return (
    <p {...props} ref={ref} className={cx('pk-card__status', className)} dir="auto">
      {profile.selfSignature}
    </p>
  )
}
