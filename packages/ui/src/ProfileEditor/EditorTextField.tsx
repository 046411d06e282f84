import type { HTMLInputTypeAttribute, ReactNode } from 'react'
import type { Control, FieldValues } from 'react-hook-form'
import type { FieldRule } from '@profile-kit/core'
import { FieldFrame, fieldAria } from '../internal/FieldFrame'
import { lengthCounter } from '../internal/lengthCounter'
import { useFormField } from '../internal/useFormField'

export interface EditorTextFieldProps {
  control: Control<FieldValues>
  name: string
  label: string
  rule: FieldRule | undefined
  validate(value: string): string | true
  type?: HTMLInputTypeAttribute
  autoComplete?: string
  hint?: ReactNode
  wide?: boolean
}

/**
 * A text-like field of the editor. It subscribes to its own value and error only
 * (`useController`), so typing in another field does not re-render it.
 */
export function EditorTextField({
  control,
  name,
  label,
  rule,
  validate,
  type = 'text',
  autoComplete,
  hint,
  wide,
}: EditorTextFieldProps) {
  const { id, value, error, controlProps } = useFormField(control, name, validate)
  const measured = type === 'text' || type === 'search' || type === 'tel'
  const input = (
    <input
      {...fieldAria(id, hint, error)}
      {...controlProps}
      className="pk-input"
      type={type}
      dir={type === 'text' ? 'auto' : undefined}
      autoComplete={autoComplete}
    />
  )
  return (
    <FieldFrame
      id={id}
      name={name}
      label={label}
      hint={hint}
      error={error}
      counter={measured ? lengthCounter(value, rule) : undefined}
      wide={wide}
    >
      {input}
    </FieldFrame>
  )
}
