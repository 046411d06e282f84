import { forwardRef, useMemo, type CSSProperties, type Ref } from 'react'
import {
  useMyProfile,
  useProfileClient,
  useProfileSchema,
  type Profile,
  type StandardField,
} from '@profile-kit/core'
import { editableFields } from '@profile-kit/core/vanilla'
import { cx } from '../internal/cx'
import { useMessages } from '../messages/useMessages'
import { EditorForm } from './EditorForm'

/**
 * Props of {@link ProfileEditor}. A `ref` gets the `<form>` element (or the loading/error box before
 * the profile is loaded).
 *
 * @example
 * ```tsx
 * <ProfileEditor fields={['nick', 'avatar', 'selfSignature']} customFields={false} onSaved={close} />
 * ```
 */
export interface ProfileEditorProps {
  /**
   * Limit the editor to these standard fields (still only those the backend stores and lets users
   * change). Defaults to all of them: Nickname, the photo (`AvatarPicker`), Gender, Status,
   * Birthday, Location, Email, Phone, Friend requests.
   */
  fields?: readonly StandardField[]
  /** Show the declared custom fields after the standard ones. Defaults to `true`. */
  customFields?: boolean
  /** Called with the backend's profile after a successful save. */
  onSaved?: (profile: Profile) => void
  className?: string
  style?: CSSProperties
}

const NO_DEFINITIONS = [] as const

/**
 * Edits my profile: only the fields the adapter's schema stores and allows, validated by the
 * core's `validatePatch` as the user types (after leaving a field) and on submit, where focus goes
 * to the first invalid field. Save sends only changed fields through `useUpdateProfile`; Reset
 * restores. An unsaved draft is kept per user (sessionStorage, or the provider's `draftStorage`)
 * across remounts and reloads. Changes from other devices show in the fields the user has not
 * changed. Needs a `ProfileProvider`.
 *
 * @example
 * ```tsx
 * <ProfileProvider adapter={adapter} messages={zhCN}>
 *   <ProfileEditor onSaved={() => closeDialog()} />
 * </ProfileProvider>
 * ```
 */
export const ProfileEditor = /* @__PURE__ */ forwardRef<HTMLElement, ProfileEditorProps>(
  function ProfileEditor({ fields, customFields = true, onSaved, className, style }, ref) {
    const t = useMessages()
    const schema = useProfileSchema()
    const me = useMyProfile()
    const { sessionKey } = useProfileClient()
    // Keyed by content, so an inline `fields={['nick']}` does not rebuild the form on every render.
    const fieldsKey = fields?.join()
    const shown = useMemo(
      () =>
        editableFields(schema).filter(
          (field) => fieldsKey === undefined || fieldsKey.split(',').includes(field),
        ),
      [schema, fieldsKey],
    )
    const definitions = (customFields && schema.customFields) || NO_DEFINITIONS

    if (me.data) {
      return (
        <EditorForm
          // A new session (a new adapter) gets a new form: nothing typed or saved in the old one shows.
          key={`${sessionKey.join()}:${me.data.userID}`}
          profile={me.data}
          fields={shown}
          definitions={definitions}
          onSaved={onSaved}
          className={className}
          style={style}
          formRef={ref}
        />
      )
    }
    const failed = me.isError
    return (
      <div
        ref={ref as Ref<HTMLDivElement> | undefined}
        className={cx('pk-editor', className)}
        style={style}
        data-state={failed ? 'error' : 'loading'}
        aria-busy={failed ? undefined : true}
      >
        <div className="pk-editor__message">
          <p className="pk-editor__message-text">{failed ? t('editor.loadFailed') : t('editor.loading')}</p>
          {failed ? (
            <button
              type="button"
              className="pk-button"
              data-variant="secondary"
              aria-busy={me.isFetching || undefined}
              onClick={() => {
                if (!me.isFetching) void me.refetch()
              }}
            >
              {t('editor.retry')}
            </button>
          ) : null}
        </div>
      </div>
    )
  },
)
