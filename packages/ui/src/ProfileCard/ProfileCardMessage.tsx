import { forwardRef, type HTMLAttributes } from 'react'
import { cx } from '../internal/cx'
import { useShownMessages } from '../messages/useShownMessages'
import { useProfileCard } from './ProfileCardContext'

/**
 * Props of {@link ProfileCardMessage}; a `ref` goes to its element.
 *
 * @example
 * ```tsx
 * <ProfileCard.Message className="my-message" />
 * ```
 */
export type ProfileCardMessageProps = Omit<HTMLAttributes<HTMLDivElement>, 'children'>

/**
 * What the card says when it has no profile to show: "Loading profile…" (visually hidden by the
 * theme, the skeleton shows it), "No profile found", or the load error with a Retry button.
 * Nothing once ready.
 *
 * @example
 * ```tsx
 * <ProfileCard userID={id}><ProfileCard.Name /><ProfileCard.Message /></ProfileCard>
 * ```
 */
export const ProfileCardMessage = /* @__PURE__ */ forwardRef<HTMLDivElement, ProfileCardMessageProps>(
  function ProfileCardMessage({ className, ...props }, ref) {
    const { state, retry, isRetrying } = useProfileCard()
    const t = useShownMessages()
    if (state === 'ready') return null
    const text =
      state === 'loading' ? t('card.loading') : state === 'not-found' ? t('card.notFound') : t('card.error')
    return (
      <div {...props} ref={ref} className={cx('pk-card__message', className)} data-kind={state}>
        <p className="pk-card__message-text">{text}</p>
        {state === 'error' && retry ? (
          <button
            type="button"
            className="pk-button"
            data-variant="secondary"
            onClick={retry}
            aria-busy={isRetrying || undefined}
            aria-disabled={isRetrying || undefined}
          >
            {t('card.retry')}
          </button>
        ) : null}
      </div>
    )
  },
)
