import { applyPatch } from '../../model/applyPatch'
import type { Profile, ProfilePatch, StandardField } from '../../model/profile'
import { resolveSchema } from '../../model/resolveSchema'
import { validatePatch } from '../../validation/validatePatch'
import { callAdapter } from '../callAdapter'
import type { ConformanceFixture } from '../ConformanceFixture'
import { fail } from '../fail'
import { expectProfile } from '../expectProfile'
import { sampleCustomValue, sampleText } from '../sampleValues'
import { skip, type CheckDefinition, type CheckSkip } from './CheckDefinition'

/**
 * Checks that updates of my profile are stored and read back.
 *
 * @internal
 */
export const updateChecks: CheckDefinition[] = [
  standardFieldRoundTrip('nick'),
  standardFieldRoundTrip('selfSignature'),
  {
    name: 'updateMyProfile sets a custom field, and null removes it',
    async run(fixture) {
      const key = fixture.customFieldKey
      if (key === undefined) return skip('the fixture names no customFieldKey')
      const schema = resolveSchema(fixture.adapter.schema)
      const definition = schema.customFields?.find((field) => field.key === key)
      if (schema.customFields && !definition) {
        fail(
          `customFieldKey "${key}" is not declared in adapter.schema.customFields; declare it, or name a declared key.`,
        )
      }
      const value = sampleCustomValue(definition)
      const set = await saveAndReadBack(fixture, { customFields: { [key]: value } })
      if (set.customFields[key] !== value) {
        fail(
          `After updateMyProfile({ customFields: { ${key}: "${value}" } }), getMyProfile() shows ${show(set.customFields[key])}.`,
        )
      }
      const removal: ProfilePatch = { customFields: { [key]: null } }
      if (validatePatch(removal, schema, set).length > 0)
        return skip(`the custom field "${key}" is required, so it cannot be removed`)
      const removed = await saveAndReadBack(fixture, removal)
      if (removed.customFields[key] !== undefined) {
        fail(
          `After updateMyProfile({ customFields: { ${key}: null } }), getMyProfile() still shows "${removed.customFields[key]}"; null must remove the field.`,
        )
      }
    },
  },
]

function standardFieldRoundTrip(field: Extract<StandardField, 'nick' | 'selfSignature'>): CheckDefinition {
  return {
    name: `updateMyProfile stores ${field} and getMyProfile reads it back`,
    async run(fixture): Promise<CheckSkip | void> {
      const rule = resolveSchema(fixture.adapter.schema).fields[field]
      if (!rule) return skip(`adapter.schema.fields does not list ${field}`)
      if (rule.editable === false) return skip(`adapter.schema.fields.${field} is not editable`)
      const value = sampleText(rule)
      const after = await saveAndReadBack(fixture, { [field]: value })
      if (after[field] !== value) {
        fail(
          `After updateMyProfile({ ${field}: "${value}" }), getMyProfile() shows ${field} ${show(after[field])}.`,
        )
      }
    },
  }
}

/**
 * Saves a valid patch, checks what updateMyProfile resolved, and returns my profile as read back.
 *
 * @internal Also used by the upload checks.
 */
export async function saveAndReadBack(fixture: ConformanceFixture, patch: ProfilePatch): Promise<Profile> {
  const { adapter, myUserID } = fixture
  const before = expectProfile(
    await callAdapter('getMyProfile()', () => adapter.getMyProfile()),
    'What getMyProfile() resolved',
  )
  const label = `updateMyProfile(${JSON.stringify(patch)})`
  const [issue] = validatePatch(patch, adapter.schema, before)
  if (issue)
    fail(`The conformance suite built ${label}, but the kit's validation rejects it: ${issue.message}`)
  const answer: unknown = await callAdapter(label, () => adapter.updateMyProfile(patch))
  // `void` tells the kit to re-read; a profile must already show the change.
  if (answer !== undefined && answer !== null) {
    const saved = expectProfile(answer, `What ${label} resolved`)
    if (saved.userID !== myUserID)
      fail(`${label} resolved the profile of "${saved.userID}" instead of "${myUserID}".`)
    const expected = applyPatch(before, patch)
    if (!sameEditedValues(saved, expected, patch)) {
      fail(
        `${label} resolved a profile without the change; resolve the updated profile, or nothing to make the kit re-read.`,
      )
    }
  }
  const after = expectProfile(
    await callAdapter('getMyProfile()', () => adapter.getMyProfile()),
    'What getMyProfile() resolved',
  )
  if (after.updatedAt > 0 && after.updatedAt < before.updatedAt) {
    fail(
      `updatedAt went back from ${before.updatedAt} to ${after.updatedAt} after ${label}; it must never decrease.`,
    )
  }
  return after
}

function sameEditedValues(saved: Profile, expected: Profile, patch: ProfilePatch): boolean {
  const standard = Object.keys(patch).filter((key) => key !== 'customFields') as StandardField[]
  const custom = Object.keys(patch.customFields ?? {})
  return (
    standard.every((field) => saved[field] === expected[field]) &&
    custom.every((key) => saved.customFields[key] === expected.customFields[key])
  )
}

function show(value: string | undefined): string {
  return value === undefined ? 'nothing' : JSON.stringify(value)
}
