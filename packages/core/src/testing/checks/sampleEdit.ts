import type { Profile, ProfilePatch } from '../../model/profile'
import type { ResolvedSchema } from '../../model/resolveSchema'
import type { ConformanceFixture } from '../ConformanceFixture'
import { sampleCustomValue, sampleText } from '../sampleValues'

/** A patch with a fresh value, and how to find that value in a profile. */
export interface SampleEdit {
  patch: ProfilePatch
  /** The value the patch sets. */
  value: string
  /** Reads the edited field of a profile. */
  read(profile: Profile): string | undefined
}

/**
 * A change the backend accepts, for checks that only need *some* change: the nickname, else the
 * status line, else the fixture's custom field. `undefined` when the backend allows none.
 *
 * @internal
 */
export function sampleEdit(fixture: ConformanceFixture, schema: ResolvedSchema): SampleEdit | undefined {
  for (const field of ['nick', 'selfSignature'] as const) {
    const rule = schema.fields[field]
    if (rule && rule.editable !== false) {
      const value = sampleText(rule)
      return { patch: { [field]: value }, value, read: (profile) => profile[field] }
    }
  }
  const key = fixture.customFieldKey
  if (key === undefined) return undefined
  const value = sampleCustomValue(schema.customFields?.find((definition) => definition.key === key))
  return { patch: { customFields: { [key]: value } }, value, read: (profile) => profile.customFields[key] }
}
