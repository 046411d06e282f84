import {
  forwardRef,
  useImperativeHandle,
  useMemo,
  useRef,
  type ForwardedRef,
  type HTMLAttributes,
  type ReactNode,
} from 'react'
import {
  useDisplayName,
  useProfileSchema,
  useRemark,
  useUserProfile,
  type CustomFieldDefinition,
  type Profile,
} from '@profile-kit/core'
import { cx } from '../internal/cx'
import { useClientLayoutEffect } from '../internal/useClientLayoutEffect'
import { useShownMessages } from '../messages/useShownMessages'
import { ProfileCardAvatar } from './ProfileCardAvatar'
import {
  ProfileCardContext,
  type ProfileCardContextValue,
  type ProfileCardField,
  type ProfileCardState,
} from './ProfileCardContext'
import { ProfileCardFields } from './ProfileCardFields'
import { ProfileCardMessage } from './ProfileCardMessage'
import { ProfileCardName } from './ProfileCardName'
import { ProfileCardRemark } from './ProfileCardRemark'
import { ProfileCardStatus } from './ProfileCardStatus'

/**
 * Props of {@link ProfileCard}. Other `<div>` attributes, and a `ref`, go to the card's `<div>`.
 *
 * @example
 * ```tsx
 * <ProfileCard userID="alice" fields={['location']} className="sidebar-card" />
 * ```
 */
export interface ProfileCardProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Load this user through the provider (batched and cached with every other request). */
  userID?: string
  /** Show this profile as it is (no provider needed). Wins over `userID`. */
  profile?: Profile
  /** Fields to list under the status line, e.g. `['location', 'birthday', 'customFields']`. Defaults to none. */
  fields?: readonly ProfileCardField[]
  /**
   * Custom field definitions for labels and formatting. Defaults to the provider's schema when the
   * card loads by `userID`; a card given a `profile` uses raw keys unless you pass them.
   */
  customFields?: readonly CustomFieldDefinition[]
  /**
   * Your own layout of the card's parts (`ProfileCard.Avatar`, `.Name`, `.Status`, `.Fields`,
   * `.Message`, `.Remark`, or anything using `useProfileCard()`). Defaults to all of them.
   */
  children?: ReactNode
}

const NO_FIELDS: readonly ProfileCardField[] = []

/**
 * A user's card: avatar, name, status line, my remark for the user (editable inline when the
 * adapter can set remarks and the user is my friend) and, on request, other fields. Its state is on
 * `data-state`: `loading` (skeleton, `aria-busy`), `ready`, `not-found`, `error` (with Retry).
 *
 * Parts are replaceable: pass children to lay out the compound parts yourself, or style the
 * semantic class names (`pk-card`, `pk-card__name`, …). Works unstyled; import
 * `@profile-kit/ui/styles.css` for the theme.
 *
 * @example
 * ```tsx
 * <ProfileCard userID="alice" fields={['location', 'customFields']} />
 *
 * <ProfileCard userID="alice">
 *   <ProfileCard.Avatar size="md" />
 *   <ProfileCard.Name />
 *   <ProfileCard.Message />
 * </ProfileCard>
 * ```
 */
export const ProfileCard = /* @__PURE__ */ Object.assign(
  /* @__PURE__ */ forwardRef<HTMLDivElement, ProfileCardProps>(function ProfileCard(props, ref) {
    if (props.profile) return <ProfileCardOfProfile {...props} profile={props.profile} rootRef={ref} />
    return <ProfileCardOfUser {...props} rootRef={ref} />
  }),
  {
    Avatar: ProfileCardAvatar,
    Name: ProfileCardName,
    Status: ProfileCardStatus,
    Fields: ProfileCardFields,
    Message: ProfileCardMessage,
    Remark: ProfileCardRemark,
  },
)

/** The card's props inside the kit: the app's ref travels as `rootRef` (React 18 drops a `ref` prop). */
type CardProps = ProfileCardProps & { rootRef: ForwardedRef<HTMLDivElement> }

function ProfileCardOfProfile({ profile, ...props }: CardProps & { profile: Profile }) {
  const value = useCardValue({
    state: 'ready',
    userID: profile.userID,
    profile,
    displayName: useDisplayName(profile),
    remark: undefined,
    error: null,
    retry: undefined,
    isRetrying: false,
    fields: props.fields ?? NO_FIELDS,
    customFields: props.customFields,
  })
  return <CardRoot {...props} value={value} />
}

function ProfileCardOfUser({ userID = '', ...props }: CardProps) {
  const schema = useProfileSchema()
  const result = useUserProfile(userID)
  const displayName = useDisplayName(userID)
  const remark = useRemark(userID)
  const state: ProfileCardState = result.data
    ? 'ready'
    : result.notFound
      ? 'not-found'
      : result.isError
        ? 'error'
        : 'loading'
  const { refetch, isFetching } = result
  const retry = useMemo(
    () => () => {
      if (!isFetching) void refetch()
    },
    [refetch, isFetching],
  )
  const value = useCardValue({
    state,
    userID,
    profile: result.data,
    displayName,
    remark,
    error: result.error,
    retry,
    isRetrying: state === 'error' && isFetching,
    fields: props.fields ?? NO_FIELDS,
    customFields: props.customFields ?? schema.customFields,
  })
  return <CardRoot {...props} value={value} />
}

/** One context object per distinct content, so parts re-render only when something they show changed. */
function useCardValue(value: ProfileCardContextValue): ProfileCardContextValue {
  const { state, userID, profile, displayName, remark, error, retry, isRetrying, fields, customFields } =
    value
  return useMemo(
    () => ({ state, userID, profile, displayName, remark, error, retry, isRetrying, fields, customFields }),
    [state, userID, profile, displayName, remark, error, retry, isRetrying, fields, customFields],
  )
}

function CardRoot({
  value,
  children,
  className,
  userID: _userID,
  profile: _profile,
  fields: _fields,
  customFields: _customFields,
  rootRef,
  ...rest
}: CardProps & { value: ProfileCardContextValue }) {
  const t = useShownMessages()
  const root = useRef<HTMLDivElement>(null)
  // The app's ref gets the card's element; React manages it like an element ref, in 18 and 19 alike.
  useImperativeHandle(rootRef, () => root.current!, [])
  const refocus = useRef(false)
  const { retry: load } = value
  const retry = useMemo(
    () =>
      load &&
      (() => {
        // A keyboard user pressed Retry: once the button goes away, focus moves to the card
        // instead of being dropped on the page.
        refocus.current = root.current?.contains(document.activeElement) ?? false
        load()
      }),
    [load],
  )
  const settled = value.state === 'ready' || value.state === 'not-found'
  useClientLayoutEffect(() => {
    const element = root.current
    if (!settled || !refocus.current || !element) return
    refocus.current = false
    if (!element.contains(document.activeElement)) element.focus()
  }, [settled])
  const context = useMemo(() => ({ ...value, retry }), [value, retry])
  const loading = value.state === 'loading'
  return (
    <ProfileCardContext.Provider value={context}>
      <div
        {...rest}
        ref={root}
        role="group"
        tabIndex={-1}
        aria-label={loading ? t('card.loading') : value.displayName || t('avatar.unknown')}
        aria-busy={loading || undefined}
        className={cx('pk-card', className)}
        data-state={value.state}
      >
        {children ?? <DefaultLayout />}
      </div>
    </ProfileCardContext.Provider>
  )
}

function DefaultLayout() {
  return (
    <>
      <div className="pk-card__header">
        <ProfileCardAvatar />
        <div className="pk-card__heading">
          <ProfileCardName />
          <ProfileCardStatus />
        </div>
      </div>
      <ProfileCardMessage />
      <ProfileCardRemark />
      <ProfileCardFields />
    </>
  )
}
