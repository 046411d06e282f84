import { useEffect, type RefObject } from 'react'
import type { FieldValues, UseFormReturn } from 'react-hook-form'
import type { Profile } from '@profile-kit/core'
import type { EditorBinding } from './editorBindings'

/**
 * Shows changes made elsewhere (another device, another tab) in the fields the user has not
 * changed: their value and their baseline move to the new profile. Fields the user changed, and
 * the field being edited right now, keep what the user typed.
 */
export function useRemoteSync(
  form: UseFormReturn<FieldValues>,
  bindings: readonly EditorBinding[],
  profile: Profile,
  formElement: RefObject<HTMLFormElement | null>,
): void {
  useEffect(() => {
    const editing = editedField(formElement.current)
    for (const binding of bindings) {
      const remote = binding.read(profile)
      if (form.getValues(binding.formName) === remote) continue
      if (form.getFieldState(binding.formName).isDirty) continue
      if (binding.field === editing) continue
      form.resetField(binding.formName, { defaultValue: remote })
    }
  }, [form, bindings, profile, formElement])
}

/** The `data-field` of the field holding the focus inside `form`, if any. */
function editedField(form: HTMLFormElement | null): string | undefined {
  const active = form?.ownerDocument.activeElement
  if (!form || !active || !form.contains(active)) return undefined
  return active.closest('[data-field]')?.getAttribute('data-field') ?? undefined
}
