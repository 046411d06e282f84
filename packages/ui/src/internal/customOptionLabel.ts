/**
 * The label of one option of a `select` custom field: the app's message
 * `customFields.<key>.options.<value>` when it has one (so options can be translated), else the
 * option's `label`, else its value.
 */
export function customOptionLabel(
  key: string,
  option: { value: string; label?: string },
  messages: Readonly<Record<string, string>> | undefined,
): string {
  const messageKey = `customFields.${key}.options.${option.value}`
  const message = messages && Object.hasOwn(messages, messageKey) ? messages[messageKey] : undefined
  return message ?? option.label ?? option.value
}
