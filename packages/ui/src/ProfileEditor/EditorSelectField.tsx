import type { Control, FieldValues } from 'react-hook-form'
import { FieldFrame, fieldAria } from '../internal/FieldFrame'
import { useFormField } from '../internal/useFormField'

export interface EditorSelectFieldProps {
  control: Control<FieldValues>
  name: string
  label: string
  options: ReadonlyArray<{ value: string; label: string }>
  validate(value: string): string | true
  wide?: boolean
}

/** A choice field of the editor (gender, friend requests), isolated like the text fields. */
export function EditorSelectField({ control, name, label, options, validate, wide }: EditorSelectFieldProps) {
  const { id, value, error, controlProps } = useFormField(control, name, validate)
  return (
    <FieldFrame id={id} name={name} label={label} error={error} wide={wide}>
      <div className="pk-select-wrapper">
        <select {...fieldAria(id, undefined, error)} {...controlProps} className="pk-select">
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
          {options.some((option) => option.value === value) ? null : <option value={value}>{value}</option>}
        </select>
      </div>
    </FieldFrame>
  )
}
