import type { CustomFieldDefinition } from '@profile-kit/core'

/**
 * The label of a custom field: the app's message `customFields.<key>` when it has one (so labels
 * can be translated), else the definition's `label`, else the key itself.
 */
export function customFieldLabel(
  key: string,
  definition: CustomFieldDefinition | undefined,
  messages: Readonly<Record<string, string>> | undefined,
): string {
  const messageKey = `customFields.${key}`
  const message = messages && Object.hasOwn(messages, messageKey) ? messages[messageKey] : undefined
  return message ?? definition?.label ?? key
}
