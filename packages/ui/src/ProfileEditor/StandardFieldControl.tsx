import type { Control, FieldValues } from 'react-hook-form'
import { type FieldRule, type StandardField } from '@profile-kit/core'
import { ADMIN_FORBID_TYPES, ALLOW_TYPES, GENDERS, MESSAGE_SETTINGS } from '@profile-kit/core/vanilla'
import { useMessages } from '../messages/useMessages'
import { EditorSelectField } from './EditorSelectField'
import { EditorTextField } from './EditorTextField'

export interface StandardFieldControlProps {
  control: Control<FieldValues>
  field: StandardField
  rule: FieldRule | undefined
  validate(value: string): string | true
}

const INPUTS: Partial<Record<StandardField, { type: string; autoComplete: string }>> = {
  nick: { type: 'text', autoComplete: 'nickname' },
  selfSignature: { type: 'text', autoComplete: 'off' },
  birthday: { type: 'date', autoComplete: 'bday' },
  location: { type: 'text', autoComplete: 'address-level2' },
  email: { type: 'email', autoComplete: 'email' },
  phone: { type: 'tel', autoComplete: 'tel' },
}

/** The right control for one standard field of the editor (the avatar has `AvatarPicker` instead). */
export function StandardFieldControl({ control, field, rule, validate }: StandardFieldControlProps) {
  const t = useMessages()
  const label = t(`field.${field}`)
  const common = { control, name: field, label, validate }
  switch (field) {
    case 'gender':
      return (
        <EditorSelectField
          {...common}
          options={GENDERS.map((value) => ({ value, label: t(`gender.${value}`) }))}
        />
      )
    case 'allowType':
      return (
        <EditorSelectField
          {...common}
          wide
          options={ALLOW_TYPES.map((value) => ({ value, label: t(`allowType.${value}`) }))}
        />
      )
    case 'messageSettings':
      return (
        <EditorSelectField
          {...common}
          options={MESSAGE_SETTINGS.map((value) => ({ value, label: t(`messageSettings.${value}`) }))}
        />
      )
    case 'adminForbidType':
      return (
        <EditorSelectField
          {...common}
          options={ADMIN_FORBID_TYPES.map((value) => ({ value, label: t(`adminForbidType.${value}`) }))}
        />
      )
    default: {
      const input = INPUTS[field] ?? { type: 'text', autoComplete: 'off' }
      return <EditorTextField {...common} rule={rule} {...input} wide={field === 'nick'} />
    }
  }
}
