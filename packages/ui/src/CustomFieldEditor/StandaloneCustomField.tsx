import { useId } from 'react'
import type { CustomFieldDefinition } from '@profile-kit/core'
import { CustomFieldControl } from './CustomFieldControl'

export interface StandaloneCustomFieldProps {
  definition: CustomFieldDefinition
  label: string
  value: string
  error: string | undefined
  onChange(key: string, value: string): void
  onBlur(key: string): void
}

/** One custom field controlled by `CustomFieldEditor`'s `value`/`onChange`. */
export function StandaloneCustomField({
  definition,
  label,
  value,
  error,
  onChange,
  onBlur,
}: StandaloneCustomFieldProps) {
  const id = useId()
  return (
    <CustomFieldControl
      definition={definition}
      id={id}
      label={label}
      value={value}
      onChange={(next) => onChange(definition.key, next)}
      onBlur={() => onBlur(definition.key)}
      error={error}
    />
  )
}
