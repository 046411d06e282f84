import { forwardRef, type HTMLAttributes } from 'react'
import { useUserPresence } from '@profile-kit/core'
import { cx } from '../internal/cx'
import { usePresenceText } from './usePresenceText'

/**
 * Props of {@link PresenceStatus}. Other attributes go to the `<span>`, and so does a `ref`.
 *
 * @example
 * ```tsx
 * const props: PresenceStatusProps = { userID: 'ada' }
 * ```
 */
export interface PresenceStatusProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  /** Whose presence. */
  userID: string
}

/**
 * A user's presence as text, live: "Online" or "Last seen 5 minutes ago" ("最后在线：5分钟前" in
 * Chinese). Renders nothing while unknown or when the backend has no presence. Needs a
 * `ProfileProvider`.
 *
 * @example
 * ```tsx
 * <h2>{name}</h2>
 * <PresenceStatus userID={userID} />
 * ```
 */
export const PresenceStatus = /* @__PURE__ */ forwardRef<HTMLSpanElement, PresenceStatusProps>(
  function PresenceStatus({ userID, className, ...rest }, ref) {
    const presence = useUserPresence(userID)
    const text = usePresenceText(presence)
    if (!text) return null
    return (
      <span {...rest} ref={ref} className={cx('pk-presence', className)} data-state={presence.state}>
        {text}
      </span>
    )
  },
)
