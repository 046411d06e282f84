import { forwardRef, useEffect, useId, useRef, useState, type FormEvent, type HTMLAttributes } from 'react'
import { useSetRemark, type Profile, type RemarkResult } from '@profile-kit/core'
import { utf8ByteLength } from '@profile-kit/core/vanilla'
import { cx } from '../internal/cx'
import { SubmitButton } from '../internal/SubmitButton'
import { useShownMessages, type ShownTranslate } from '../messages/useShownMessages'
import { useProfileCard } from './ProfileCardContext'

/**
 * Props of {@link ProfileCardRemark}; a `ref` goes to its element.
 *
 * @example
 * ```tsx
 * <ProfileCard.Remark className="my-remark" />
 * ```
 */
export type ProfileCardRemarkProps = Omit<HTMLAttributes<HTMLDivElement>, 'children'>

/**
 * My remark for the card's user, with the nickname beside it when the remark is the name shown,
 * and an inline editor (labelled input, Save and Cancel, errors announced) when the adapter can set
 * remarks. Nothing for users who are not my friend, for cards given a `profile`, or while loading.
 *
 * @example
 * ```tsx
 * <ProfileCard userID={id}><ProfileCard.Name /><ProfileCard.Remark /></ProfileCard>
 * ```
 */
export const ProfileCardRemark = /* @__PURE__ */ forwardRef<HTMLDivElement, ProfileCardRemarkProps>(
  function ProfileCardRemark({ className, ...props }, ref) {
    const { state, userID, profile, remark } = useProfileCard()
    if (state !== 'ready' || !profile || !remark?.isFriend) return null
    return (
      <div {...props} ref={ref} className={cx('pk-card__remark', className)}>
        <RemarkBody userID={userID} profile={profile} remark={remark} />
      </div>
    )
  },
)

interface RemarkBodyProps {
  userID: string
  profile: Profile
  remark: RemarkResult
}

function RemarkBody({ userID, profile, remark }: RemarkBodyProps) {
  const t = useShownMessages()
  // `undefined` while the remark is shown, the text being typed while it is edited.
  const [draft, setDraft] = useState<string>()
  const editButton = useRef<HTMLButtonElement>(null)
  // Focus goes back to the Edit button only after the editor was open (not on the first render).
  const returnFocus = useRef(false)
  useEffect(() => {
    if (draft === undefined && returnFocus.current) {
      returnFocus.current = false
      editButton.current?.focus()
    }
  }, [draft])

  if (draft !== undefined) {
    const close = () => {
      returnFocus.current = true
      setDraft(undefined)
    }
    return <RemarkForm userID={userID} draft={draft} setDraft={setDraft} limits={remark} close={close} />
  }
  const shown = remark.remark ?? ''
  return (
    <>
      <dl className="pk-card__remark-list">
        <div className="pk-card__field">
          <dt className="pk-card__label">{t('card.remark')}</dt>
          <dd className="pk-card__value" dir="auto">
            {shown || t('card.remarkNone')}
          </dd>
        </div>
        {shown && profile.nick ? (
          <div className="pk-card__field">
            <dt className="pk-card__label">{t('field.nick')}</dt>
            <dd className="pk-card__value" dir="auto">
              {profile.nick}
            </dd>
          </div>
        ) : null}
      </dl>
      {remark.canEdit ? (
        <div className="pk-card__remark-actions">
          <button
            ref={editButton}
            type="button"
            className="pk-button"
            data-variant="secondary"
            onClick={() => setDraft(shown)}
          >
            {t('card.remarkEdit')}
          </button>
        </div>
      ) : null}
    </>
  )
}

interface RemarkFormProps {
  userID: string
  draft: string
  setDraft: (draft: string) => void
  limits: Pick<RemarkResult, 'maxLength' | 'maxBytes'>
  close: () => void
}

/** The inline editor: checked against `maxLength` and `maxBytes` before any I/O, shown at once, rolled back on failure. */
function RemarkForm({ userID, draft, setDraft, limits, close }: RemarkFormProps) {
  const t = useShownMessages()
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const setRemark = useSetRemark()
  const [error, setError] = useState<string>()
  useEffect(() => input.current?.focus(), [])
  const saving = setRemark.isPending

  function submit(event: FormEvent) {
    event.preventDefault()
    if (saving) return
    const remark = draft.trim()
    const issue = limitIssue(remark, limits, t)
    if (issue) {
      setError(issue)
      input.current?.focus()
      return
    }
    setError(undefined)
    setRemark.mutate(
      { userID, remark },
      {
        onSuccess: close,
        onError: () => {
          setError(t('card.remarkFailed'))
          input.current?.focus()
        },
      },
    )
  }

  const errorID = `${id}-error`
  return (
    <form className="pk-card__remark-form" onSubmit={submit} noValidate>
      <label className="pk-field__label" htmlFor={`${id}-input`}>
        {t('card.remark')}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        className="pk-input"
        value={draft}
        dir="auto"
        autoComplete="off"
        readOnly={saving}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorID : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && !saving) {
            event.stopPropagation()
            close()
          }
        }}
      />
      {error ? (
        <p className="pk-field__error" id={errorID} role="alert">
          {error}
        </p>
      ) : null}
      <div className="pk-card__remark-actions">
        <SubmitButton busy={saving}>{saving ? t('card.remarkSaving') : t('card.remarkSave')}</SubmitButton>
        <button
          type="button"
          className="pk-button"
          data-variant="secondary"
          onClick={close}
          disabled={saving}
        >
          {t('card.remarkCancel')}
        </button>
      </div>
    </form>
  )
}

/** Why the backend would refuse this remark for its length, in the reader's language, if it would. */
function limitIssue(
  remark: string,
  { maxLength, maxBytes }: Pick<RemarkResult, 'maxLength' | 'maxBytes'>,
  t: ShownTranslate,
): string | undefined {
  if (maxLength !== undefined && remark.length > maxLength)
    return t('validation.maxLength', { limit: maxLength })
  if (maxBytes !== undefined && utf8ByteLength(remark) > maxBytes)
    return t('validation.maxBytes', { limit: maxBytes })
  return undefined
}
