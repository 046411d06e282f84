import { useId, useState, type KeyboardEvent } from 'react'
import { useProfileSchema, type Profile } from '@profile-kit/core'
import { validatePatch } from '@profile-kit/core/vanilla'
import { FieldFrame, fieldAria } from '../internal/FieldFrame'
import { issueText } from '../internal/issueText'
import { useMessages } from '../messages/useMessages'

export interface AvatarLinkFormProps {
  profile: Profile
  busy: boolean
  onUse(url: string): void
}

/**
 * The secondary way to set a photo: a link to an image already online. Kept for backends that
 * store no files and offer no presets, and for people whose photo is hosted elsewhere.
 * Not a `<form>` (it may sit inside the editor's): Enter uses the link instead of submitting.
 */
export function AvatarLinkForm({ profile, busy, onUse }: AvatarLinkFormProps) {
  const t = useMessages()
  const schema = useProfileSchema()
  const id = useId()
  const [url, setUrl] = useState('')
  const [error, setError] = useState<string | undefined>()

  const apply = () => {
    if (busy || url.trim() === '') return
    const issue = validatePatch({ avatar: url.trim() }, schema, profile)[0]
    setError(issue ? issueText(issue, t) : undefined)
    if (!issue) onUse(url.trim())
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    apply()
  }

  return (
    <details className="pk-picker__link">
      <summary>{t('picker.link')}</summary>
      <FieldFrame id={id} name="avatarLink" label={t('picker.linkField')} error={error}>
        <div className="pk-field__control-row">
          <input
            {...fieldAria(id, undefined, error)}
            id={id}
            className="pk-input"
            type="url"
            autoComplete="photo"
            value={url}
            onChange={(event) => setUrl(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <button type="button" className="pk-button" data-variant="secondary" onClick={apply}>
            {t('picker.useLink')}
          </button>
        </div>
      </FieldFrame>
    </details>
  )
}
