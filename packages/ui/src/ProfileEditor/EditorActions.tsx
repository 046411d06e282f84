import { useFormState, type Control, type FieldValues } from 'react-hook-form'
import { useMessages } from '../messages/useMessages'
import { SubmitButton } from '../internal/SubmitButton'

export interface EditorActionsProps {
  control: Control<FieldValues>
  onReset(): void
}

/**
 * Reset and Save. Both are unavailable until something changed, and Save while saving; they use
 * `aria-disabled` rather than `disabled` so a keyboard user's focus stays on the button after a
 * save or reset instead of falling back to the page.
 */
export function EditorActions({ control, onReset }: EditorActionsProps) {
  const t = useMessages()
  const { isDirty, isSubmitting } = useFormState({ control })
  const unavailable = !isDirty || isSubmitting
  return (
    <div className="pk-editor__buttons">
      <button
        type="button"
        className="pk-button"
        data-variant="secondary"
        aria-disabled={unavailable || undefined}
        onClick={() => {
          if (!unavailable) onReset()
        }}
      >
        {t('editor.reset')}
      </button>
      <SubmitButton busy={isSubmitting} unavailable={unavailable}>
        {isSubmitting ? t('editor.saving') : t('editor.save')}
      </SubmitButton>
    </div>
  )
}
