import { cx } from '../internal/cx'

/**
 * The placeholder bar a card part shows while the profile loads, sized by the part's class. Hidden
 * from screen readers: the card itself says it is busy.
 */
export function SkeletonBar({ className }: { className: string }) {
  return <span className={cx('pk-skeleton', className)} data-skeleton="" aria-hidden="true" />
}
