import type { Control, FieldValues } from 'react-hook-form'
import type { CustomFieldDefinition, ValidationIssue } from '@profile-kit/core'
import { issueText } from '../internal/issueText'
import { useFormField } from '../internal/useFormField'
import { useMessages } from '../messages/useMessages'
import { CustomFieldControl } from './CustomFieldControl'

export interface FormCustomFieldProps {
  control: Control<FieldValues>
  /** Form path of the value, e.g. `'customFields.2'`. */
  name: string
  definition: CustomFieldDefinition
  label: string
  validate(definition: CustomFieldDefinition, value: string): ValidationIssue | undefined
}

/**
 * One custom field bound to a react-hook-form form. It subscribes to its own value and error
 * only, so typing elsewhere does not re-render it.
 */
export function FormCustomField({ control, name, definition, label, validate }: FormCustomFieldProps) {
  const t = useMessages()
  const field = useFormField(control, name, (value) => {
    const issue = validate(definition, value)
    return issue ? issueText(issue, t) : true
  })
  return (
    <CustomFieldControl
      definition={definition}
      id={field.id}
      label={label}
      value={field.value}
      onChange={field.controlProps.onChange}
      onBlur={field.controlProps.onBlur}
      error={field.error}
      inputRef={field.controlProps.ref}
    />
  )
}
