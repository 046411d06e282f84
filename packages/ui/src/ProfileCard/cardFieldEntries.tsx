import type { ReactNode } from 'react'
import type { CustomFieldDefinition, Profile } from '@profile-kit/core'
import type { ShownTranslate } from '../messages/useShownMessages'
import { customFieldLabel } from '../internal/customFieldLabel'
import { customOptionLabel } from '../internal/customOptionLabel'
import { formatDate } from '../internal/formatDate'
import type { ProfileCardField } from './ProfileCardContext'

/** One row of a card's field list. */
export interface CardFieldEntry {
  /** `'location'`, `'customFields.team'`, … */
  name: string
  label: string
  value: ReactNode
}

interface Sources {
  profile: Profile
  definitions: readonly CustomFieldDefinition[] | undefined
  messages: Readonly<Record<string, string>> | undefined
  t: ShownTranslate
}

/** The rows to show for `fields`, in order, leaving out fields that are not set. */
export function cardFieldEntries(fields: readonly ProfileCardField[], sources: Sources): CardFieldEntry[] {
  const entries: CardFieldEntry[] = []
  const seen = new Set<string>()
  for (const field of expand(fields, sources)) {
    if (seen.has(field)) continue
    seen.add(field)
    const entry = field.startsWith('customFields.')
      ? customEntry(field.slice('customFields.'.length), sources)
      : standardEntry(field as Exclude<ProfileCardField, `customFields${string}`>, sources)
    if (entry) entries.push(entry)
  }
  return entries
}

function expand(fields: readonly ProfileCardField[], { profile, definitions }: Sources): string[] {
  return fields.flatMap((field) => {
    if (field !== 'customFields') return [field]
    const keys = definitions ? definitions.map((d) => d.key) : Object.keys(profile.customFields)
    return keys.map((key) => `customFields.${key}`)
  })
}

function standardEntry(
  field: Exclude<ProfileCardField, `customFields${string}`>,
  { profile, t }: Sources,
): CardFieldEntry | undefined {
  const label = t(`field.${field}`)
  const locale = t('locale')
  switch (field) {
    case 'gender':
      return profile.gender === 'unknown'
        ? undefined
        : { name: field, label, value: t(`gender.${profile.gender}`) }
    case 'allowType':
      return { name: field, label, value: t(`allowType.${profile.allowType}`) }
    case 'messageSettings':
      return { name: field, label, value: t(`messageSettings.${profile.messageSettings}`) }
    case 'adminForbidType':
      return { name: field, label, value: t(`adminForbidType.${profile.adminForbidType}`) }
    case 'birthday':
      return profile.birthday
        ? { name: field, label, value: formatDate(profile.birthday, locale) }
        : undefined
    case 'language':
    case 'level':
    case 'role':
      return profile[field] ? { name: field, label, value: String(profile[field]) } : undefined
    default:
      return profile[field] ? { name: field, label, value: profile[field] } : undefined
  }
}

function customEntry(
  key: string,
  { profile, definitions, messages, t }: Sources,
): CardFieldEntry | undefined {
  const value = Object.hasOwn(profile.customFields, key) ? profile.customFields[key] : undefined
  if (!value) return undefined
  const definition = definitions?.find((d) => d.key === key)
  const label = customFieldLabel(key, definition, messages)
  return { name: `customFields.${key}`, label, value: formatCustomValue(definition, value, t, messages) }
}

function formatCustomValue(
  definition: CustomFieldDefinition | undefined,
  value: string,
  t: ShownTranslate,
  messages: Readonly<Record<string, string>> | undefined,
): ReactNode {
  switch (definition?.type) {
    case 'boolean':
      return value === 'true' ? t('value.true') : value === 'false' ? t('value.false') : value
    case 'select': {
      const option = definition.options?.find((o) => o.value === value)
      return option ? customOptionLabel(definition.key, option, messages) : value
    }
    case 'date':
      return formatDate(value, t('locale'))
    case 'number':
      return formatNumber(value, t('locale'))
    case 'url':
      return /^https?:\/\//i.test(value) && URL.canParse(value) ? (
        <a href={value} target="_blank" rel="noopener noreferrer nofollow">
          {value}
        </a>
      ) : (
        value
      )
    default:
      return value
  }
}

function formatNumber(value: string, locale: string): string {
  const number = Number(value)
  if (value.trim() === '' || !Number.isFinite(number)) return value
  try {
    return number.toLocaleString(locale)
  } catch {
    return value // a malformed locale tag from an app's messages
  }
}
