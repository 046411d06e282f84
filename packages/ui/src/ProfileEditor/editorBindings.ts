import type { CustomFieldDefinition, Profile, ProfilePatch, StandardField } from '@profile-kit/core'

/** How one editor control maps between the form, the stored draft and the profile. */
export interface EditorBinding {
  /** Path in the react-hook-form values: `'nick'`, or `'customFields.<index>'`. */
  formName: string
  /** Patch/issue field name and draft key: `'nick'` or `'customFields.<key>'`. */
  field: string
  /** The profile's value as the control shows it. */
  read(profile: Profile): string
  /** Adds the control's value to a patch. */
  write(patch: ProfilePatch, value: string): void
}

/** One binding per control, in the editor's order: standard fields, then custom fields. */
export function editorBindings(
  fields: readonly StandardField[],
  definitions: readonly CustomFieldDefinition[],
): EditorBinding[] {
  const standard = fields.map((field): EditorBinding => ({
    formName: field,
    field,
    read: (profile) => String(profile[field]),
    write: (patch, value) => {
      ;(patch as Record<string, unknown>)[field] = value
    },
  }))
  const custom = definitions.map(({ key }, index): EditorBinding => ({
    formName: `customFields.${index}`,
    field: `customFields.${key}`,
    read: (profile) => (Object.hasOwn(profile.customFields, key) ? (profile.customFields[key] ?? '') : ''),
    write: (patch, value) => {
      patch.customFields ??= Object.create(null) as Record<string, string | null>
      patch.customFields[key] = value === '' ? null : value
    },
  }))
  return [...standard, ...custom]
}

/** The form values for a profile: standard fields by name, custom fields as a list by index. */
export function editorValues(bindings: readonly EditorBinding[], profile: Profile): Record<string, unknown> {
  const values: Record<string, unknown> = {}
  const custom: string[] = []
  for (const binding of bindings) {
    if (binding.formName.startsWith('customFields.')) custom.push(binding.read(profile))
    else values[binding.formName] = binding.read(profile)
  }
  values.customFields = custom
  return values
}
