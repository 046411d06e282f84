import { forwardRef, type HTMLAttributes } from 'react'
import { useProfileComponentSettings } from '@profile-kit/core'
import { cx } from '../internal/cx'
import { useShownMessages } from '../messages/useShownMessages'
import { cardFieldEntries } from './cardFieldEntries'
import { useProfileCard, type ProfileCardField } from './ProfileCardContext'

/**
 * Props of {@link ProfileCardFields}; a `ref` goes to its `<dl>`.
 *
 * @example
 * ```tsx
 * <ProfileCard.Fields fields={['location']} />
 * ```
 */
export interface ProfileCardFieldsProps extends Omit<HTMLAttributes<HTMLDListElement>, 'children'> {
  /** The fields to list; defaults to the card's `fields`. */
  fields?: readonly ProfileCardField[]
}

/**
 * The requested fields as a description list (label, value), skipping those that are not set:
 * gender and friend-request policy in words, dates and numbers in the messages' locale, custom
 * fields labelled by their definition (or the app's message `customFields.<key>`). Nothing while
 * loading or when no field has a value.
 *
 * @example
 * ```tsx
 * <ProfileCard userID={id} fields={['location', 'birthday', 'customFields']} />
 * ```
 */
export const ProfileCardFields = /* @__PURE__ */ forwardRef<HTMLDListElement, ProfileCardFieldsProps>(
  function ProfileCardFields({ fields, className, ...props }, ref) {
    const card = useProfileCard()
    const { messages } = useProfileComponentSettings()
    const t = useShownMessages()
    if (!card.profile) return null
    const entries = cardFieldEntries(fields ?? card.fields, {
      profile: card.profile,
      definitions: card.customFields,
      messages,
      t,
    })
    if (entries.length === 0) return null
    return (
      <dl {...props} ref={ref} className={cx('pk-card__fields', className)}>
        {entries.map((entry) => (
          <div key={entry.name} className="pk-card__field" data-field={entry.name}>
            <dt className="pk-card__label">{entry.label}</dt>
            <dd className="pk-card__value" dir="auto">
              {entry.value}
            </dd>
          </div>
        ))}
      </dl>
    )
  },
)
