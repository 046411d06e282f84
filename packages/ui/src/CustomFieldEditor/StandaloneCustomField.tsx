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
export function StandaloneCustomField({ onChange, onBlur, ...shown }: StandaloneCustomFieldProps) {
  const id = useId()
  const { key } = shown.definition
  return (
    <CustomFieldControl
      {...shown}
      id={id}
      onChange={(next) => onChange(key, next)}
      onBlur={() => onBlur(key)}
    />
  )
}
