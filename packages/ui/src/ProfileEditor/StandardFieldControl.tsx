import type { Control, FieldValues } from 'react-hook-form'
import { type FieldRule, type StandardField } from '@profile-kit/core'
import { ADMIN_FORBID_TYPES, ALLOW_TYPES, GENDERS, MESSAGE_SETTINGS } from '@profile-kit/core/vanilla'
import type { MessageKey } from '../messages/en'
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

/** The fields chosen from a list, with their values; each value's label is `<field>.<value>`. */
const CHOICES: Partial<Record<StandardField, readonly string[]>> = {
  gender: GENDERS,
  allowType: ALLOW_TYPES,
  messageSettings: MESSAGE_SETTINGS,
  adminForbidType: ADMIN_FORBID_TYPES,
}

/** The right control for one standard field of the editor (the avatar has `AvatarPicker` instead). */
export function StandardFieldControl({ control, field, rule, validate }: StandardFieldControlProps) {
  const t = useMessages()
  const label = t(`field.${field}`)
  const common = { control, name: field, label, validate }
  const choices = CHOICES[field]
  if (choices) {
    const options = choices.map((value) => ({ value, label: t(`${field}.${value}` as MessageKey) }))
    return <EditorSelectField {...common} wide={field === 'allowType'} options={options} />
  }
  const input = INPUTS[field] ?? { type: 'text', autoComplete: 'off' }
  return <EditorTextField {...common} rule={rule} {...input} wide={field === 'nick'} />
}
