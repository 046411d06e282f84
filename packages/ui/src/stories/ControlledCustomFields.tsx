import { useState } from 'react'
import type { CustomFieldDefinition, ValidationIssue } from '@profile-kit/core'
import { CustomFieldEditor } from '../CustomFieldEditor/CustomFieldEditor'
import { SCHEMA } from './fixtures'

export interface ControlledCustomFieldsProps {
  /** Defaults to every custom field of the fixture schema. */
  definitions?: readonly CustomFieldDefinition[]
  initial?: Record<string, string>
  onChange?: (value: Record<string, string>, issues: ValidationIssue[]) => void
}

/** `CustomFieldEditor` standalone, its values held in the app's own state (for stories and tests). */
export function ControlledCustomFields({
  definitions = SCHEMA.customFields!,
  initial = {},
  onChange,
}: ControlledCustomFieldsProps) {
  const [value, setValue] = useState(initial)
  return (
    <CustomFieldEditor
      definitions={definitions}
      legend="About you"
      value={value}
      onChange={(next, issues) => {
        setValue(next)
        onChange?.(next, issues)
      }}
    />
  )
}
