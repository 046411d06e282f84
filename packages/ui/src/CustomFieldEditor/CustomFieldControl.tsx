import type { Ref } from 'react'
import { useProfileComponentSettings, type CustomFieldDefinition } from '@profile-kit/core'
import { FieldFrame, fieldAria } from '../internal/FieldFrame'
import { customOptionLabel } from '../internal/customOptionLabel'
import { lengthCounter } from '../internal/lengthCounter'
import { useMessages } from '../messages/useMessages'

export interface CustomFieldControlProps {
  definition: CustomFieldDefinition
  id: string
  label: string
  value: string
  onChange(value: string): void
  onBlur(): void
  error: string | undefined
  inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement & HTMLSelectElement>
}

const INPUT_TYPES = { text: 'text', url: 'url', email: 'email', number: 'number', date: 'date' } as const

/** The control for one custom field, by `definition.type`, inside its label/hint/error frame. */
export function CustomFieldControl({
  definition,
  id,
  label,
  value,
  onChange,
  onBlur,
  error,
  inputRef,
}: CustomFieldControlProps) {
  const t = useMessages()
  const { messages } = useProfileComponentSettings()
  const aria = fieldAria(id, undefined, error)
  const common = {
    id,
    ref: inputRef,
    onBlur,
    'aria-required': definition.required || undefined,
    ...aria,
  }
  const frame = { id, name: `customFields.${definition.key}`, label, error }

  switch (definition.type) {
    case 'boolean':
      return (
        <FieldFrame {...frame} layout="switch">
          <input
            {...common}
            className="pk-switch"
            type="checkbox"
            role="switch"
            checked={value === 'true'}
            onChange={(event) => onChange(event.target.checked ? 'true' : 'false')}
          />
        </FieldFrame>
      )
    case 'select':
      return (
        <FieldFrame {...frame}>
          <div className="pk-select-wrapper">
            <select
              {...common}
              className="pk-select"
              value={value}
              onChange={(event) => onChange(event.target.value)}
            >
              <option value="">{t('value.none')}</option>
              {definition.options?.map((option) => (
                <option key={option.value} value={option.value}>
                  {customOptionLabel(definition.key, option, messages)}
                </option>
              ))}
              {value !== '' && !definition.options?.some((o) => o.value === value) ? (
                <option value={value}>{value}</option>
              ) : null}
            </select>
          </div>
        </FieldFrame>
      )
    case 'textarea':
      return (
        <FieldFrame {...frame} wide counter={lengthCounter(value, definition)}>
          <textarea
            {...common}
            className="pk-input"
            dir="auto"
            rows={3}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
        </FieldFrame>
      )
    default:
      return (
        <FieldFrame
          {...frame}
          counter={definition.type === 'text' ? lengthCounter(value, definition) : undefined}
        >
          <input
            {...common}
            className="pk-input"
            type={INPUT_TYPES[definition.type]}
            dir={definition.type === 'text' ? 'auto' : undefined}
            inputMode={definition.type === 'number' ? 'decimal' : undefined}
            step={definition.type === 'number' ? 'any' : undefined}
            min={definition.type === 'number' ? definition.min : undefined}
            max={definition.type === 'number' ? definition.max : undefined}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
        </FieldFrame>
      )
  }
}
