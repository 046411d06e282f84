import type { CustomFieldDefinition, FieldRule } from '../model/schema'

/**
 * A short, unique ASCII text within a field's limits, so a read-back proves this very write.
 *
 * @internal
 */
export function sampleText(
  rule: FieldRule | Pick<CustomFieldDefinition, 'maxLength' | 'maxBytes'> = {},
): string {
  const text = `pk${Math.random().toString(36).slice(2, 8)}`
  return text.slice(0, Math.min(text.length, rule.maxLength ?? Infinity, rule.maxBytes ?? Infinity))
}

/**
 * A value a custom field of this definition accepts (any text when the field is not declared).
 *
 * @internal
 */
export function sampleCustomValue(definition: CustomFieldDefinition | undefined): string {
  switch (definition?.type) {
    case 'number':
      return String(definition.min ?? definition.max ?? 7)
    case 'select':
      return definition.options?.[0]?.value ?? sampleText(definition)
    case 'date':
      return '2001-02-03'
    case 'url':
      return 'https://example.com/pk'
    case 'email':
      return 'pk@example.com'
    case 'boolean':
      return 'true'
    default:
      return sampleText(definition)
  }
}
