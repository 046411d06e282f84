import type { StandardField } from '../model/profile'

const LABELS: Readonly<Record<StandardField, string>> = {
  nick: 'Nickname',
  avatar: 'Avatar URL',
  gender: 'Gender',
  selfSignature: 'Status',
  birthday: 'Birthday',
  location: 'Location',
  email: 'Email',
  phone: 'Phone',
  allowType: 'Friend requests',
  language: 'Language',
  level: 'Level',
  role: 'Role',
}

/**
 * The English label `ProfileEditor` shows for a standard field, used in validation messages.
 *
 * @internal
 */
export function fieldLabel(field: StandardField): string {
  return LABELS[field]
}
