import { useId, type HTMLInputTypeAttribute, type ReactNode } from 'react'
import { useController, type Control, type FieldValues } from 'react-hook-form'
import type { FieldRule } from '@profile-kit/core'
import { FieldFrame, fieldAria } from '../internal/FieldFrame'
import { lengthCounter } from '../internal/lengthCounter'

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
  const id = useId()
  const {
    field: { ref, name: path, value: raw, onChange, onBlur },
    fieldState,
  } = useController({
    control,
    name,
    rules: { validate: (value: unknown) => validate(typeof value === 'string' ? value : '') },
  })
  const value = typeof raw === 'string' ? raw : ''
  const error = fieldState.error?.message
  const measured = type === 'text' || type === 'search' || type === 'tel'
  const input = (
    <input
      {...fieldAria(id, hint, error)}
      id={id}
      ref={ref}
      name={path}
      className="pk-input"
      type={type}
      dir={type === 'text' ? 'auto' : undefined}
      autoComplete={autoComplete}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
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
