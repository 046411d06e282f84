import { useId } from 'react'
import { useController, type Control, type FieldValues } from 'react-hook-form'

/**
 * One field bound to a react-hook-form form on its own (`useController`): it subscribes to its
 * value and error only, so typing in another field does not re-render it. Values are text; any
 * other value a form holds reads as `''`. `validate` returns the error text, or `true`.
 */
export function useFormField(
  control: Control<FieldValues>,
  name: string,
  validate: (value: string) => string | true,
) {
  const id = useId()
  const { field, fieldState } = useController({
    control,
    name,
    rules: { validate: (value: unknown) => validate(typeof value === 'string' ? value : '') },
  })
  const value = typeof field.value === 'string' ? field.value : ''
  return {
    id,
    value,
    error: fieldState.error?.message,
    /** What the input or select element takes: id, ref, form name, value and handlers. */
    controlProps: {
      id,
      ref: field.ref,
      name: field.name,
      value,
      onChange: field.onChange,
      onBlur: field.onBlur,
    },
  }
}
