import {
  forwardRef,
  type CSSProperties,
  type HTMLAttributes,
  type MouseEventHandler,
  type ReactNode,
  type Ref,
} from 'react'
import { useDisplayName, type Presence, type Profile } from '@profile-kit/core'
import { useShownMessages } from '../messages/useShownMessages'
import { cx } from '../internal/cx'
import { VisuallyHidden } from '../internal/VisuallyHidden'
import { avatarColor } from './avatarColor'
import { avatarImageCache } from './avatarImageCache'
import { getInitials } from './getInitials'
import { PersonIcon } from './PersonIcon'
import { safeImageUrl } from './safeImageUrl'
import { useAvatarImage } from './useAvatarImage'
import { usePresenceText } from '../Presence/usePresenceText'

/**
 * Named sizes (24, 40 and 64 px in the theme) or a size in pixels.
 *
 * @example
 * ```tsx
 * <Avatar profile={p} size="sm" />  <Avatar profile={p} size={96} />
 * ```
 */
export type AvatarSize = 'sm' | 'md' | 'lg' | number

/**
 * Props of {@link Avatar}. Other attributes go to the root element (`<span>`, or `<button>` with
 * `onClick`), and so does a `ref`.
 *
 * @example
 * ```tsx
 * const props: AvatarProps = { name: 'Ada Lovelace', src: url, decorative: true }
 * ```
 */
export interface AvatarProps extends Omit<HTMLAttributes<HTMLElement>, 'children' | 'onClick' | 'color'> {
  /**
   * Whose avatar: fills `src`, `name` (the provider's `displayName`, with my remark for the user
   * inside a provider that has remarks, live) and `userID`.
   */
  profile?: Profile
  /** The display name: the accessible name and the source of the initials. */
  name?: string
  /** Image URL. Only `http:`, `https:`, `blob:` and `data:image/` URLs are loaded. */
  src?: string
  /** Picks the background colour; defaults to `profile.userID`, then `name`. */
  userID?: string
  /** Defaults to `'md'`. */
  size?: AvatarSize
  /**
   * Hide the avatar from assistive technology because the name is visible right beside it (a card,
   * a message row), so it is not read twice. Defaults to `false`: a standalone avatar is
   * `role="img"` named by the display name.
   */
  decorative?: boolean
  /** Makes the avatar a `<button>` (named "View profile of …" unless `label` says otherwise). */
  onClick?: MouseEventHandler<HTMLButtonElement>
  /** Overrides the accessible name. */
  label?: string
  /**
   * The user's presence (from `useUserPresence(userID)` or `usePresence(ids)`): a dot on the corner,
   * filled when online and a ring when offline (shape, not colour alone), and the same in words in
   * the accessible name ("Ada Lovelace, Online", "View profile of Ada, Last seen 5 minutes ago";
   * only the presence when `decorative`) and as a `title`. Nothing while unknown or unavailable.
   * Omit it for no indicator.
   */
  presence?: Presence
}

/**
 * A user's picture, falling back to grapheme-aware initials, then to a person icon. Failed URLs are
 * remembered page-wide and not requested again (see `forgetFailedAvatar`); unsafe URLs never reach
 * `src`. The background colour is stable per user and passes WCAG AA against the text.
 *
 * @example
 * ```tsx
 * <Avatar profile={profile} size="lg" />
 * <Avatar name="Ada Lovelace" src={url} decorative />       // beside a visible name
 * <Avatar profile={sender} onClick={() => openCard(sender.userID)} />
 * ```
 */
export const Avatar = /* @__PURE__ */ forwardRef<HTMLElement, AvatarProps>(function Avatar(
  {
    profile,
    name,
    src,
    userID,
    size = 'md',
    decorative = false,
    onClick,
    label,
    presence,
    className,
    style,
    ...rest
  },
  ref,
) {
  const t = useShownMessages()
  // The remark is looked up only when no `name` overrides it.
  const shownName = useDisplayName(name === undefined ? profile : undefined)
  const displayName = (name ?? shownName).trim()
  const presenceText = usePresenceText(presence)
  const url = safeImageUrl(src ?? profile?.avatar)
  const status = useAvatarImage(url)
  const initials = getInitials(displayName, t('locale'))
  const color = avatarColor(userID ?? profile?.userID ?? displayName)
  const shown = status === 'loaded' ? 'image' : initials ? 'initials' : 'icon'

  const props = {
    ...rest,
    className: cx('pk-avatar', className),
    style: {
      '--pk-avatar-bg': color.background,
      '--pk-avatar-fg': color.foreground,
      ...(typeof size === 'number' ? { '--pk-avatar-size': `${size}px` } : undefined),
      ...style,
    } as CSSProperties,
    'data-size': typeof size === 'number' ? 'custom' : size,
    'data-shown': shown,
    'data-pk-color': color.index,
    'data-presence': presence?.state,
    // Sighted mouse users get the words too: the dot is not colour alone, but it is small.
    title: rest.title ?? (presenceText || undefined),
  }
  const content: ReactNode =
    shown === 'image' && url ? (
      <img
        className="pk-avatar__image"
        src={url}
        alt=""
        draggable={false}
        onError={() => avatarImageCache.markFailed(url)}
      />
    ) : shown === 'initials' ? (
      <span className="pk-avatar__initials" aria-hidden="true">
        {initials}
      </span>
    ) : (
      <PersonIcon />
    )
  const dot = presenceText ? (
    <span className="pk-avatar__presence" data-state={presence?.state} aria-hidden="true" />
  ) : null
  const withPresence = (text: string) =>
    presenceText ? t('avatar.withPresence', { name: text, presence: presenceText }) : text

  const accessibleName = displayName || t('avatar.unknown')
  if (onClick) {
    return (
      <button
        {...props}
        // An element ref of any avatar form; the button is an HTMLElement like the span.
        ref={ref as Ref<HTMLButtonElement> | undefined}
        type="button"
        onClick={onClick}
      >
        {content}
        {dot}
        {/* The name is the button's text, not an aria-label: a label that omits the visible
            initials fails WCAG 2.5.3 (label in name), and the initials are aria-hidden. */}
        <VisuallyHidden>{withPresence(label ?? t('avatar.button', { name: accessibleName }))}</VisuallyHidden>
      </button>
    )
  }
  if (decorative && presenceText) {
    // The name is read beside it, but the presence is not: only the presence is spoken. The
    // picture hides itself (empty alt, aria-hidden initials and icon).
    return (
      <span {...props} ref={ref}>
        {content}
        {dot}
        <VisuallyHidden>{presenceText}</VisuallyHidden>
      </span>
    )
  }
  if (decorative) {
    return (
      <span {...props} ref={ref} aria-hidden="true">
        {content}
      </span>
    )
  }
  return (
    <span {...props} ref={ref} role="img" aria-label={withPresence(label ?? accessibleName)}>
      {content}
      {dot}
    </span>
  )
})
