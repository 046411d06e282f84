import { isProfileError } from '../../errors/ProfileError'
import { STANDARD_FIELDS, type Profile, type ProfilePatch, type StandardField } from '../../model/profile'
import { resolveSchema } from '../../model/resolveSchema'
import { describeError, fail } from '../fail'
import type { CheckDefinition } from './CheckDefinition'

/** A well-formed value for every standard field, so only "not stored" can be wrong with it. */
const SAMPLES: { [K in StandardField]: Profile[K] } = {
  nick: 'pk',
  avatar: 'https://example.com/pk.png',
  gender: 'female',
  selfSignature: 'pk',
  birthday: '2001-02-03',
  location: 'pk',
  allowType: 'allowAny',
  messageSettings: 'doNotReceive',
  adminForbidType: 'sendOut',
  email: 'pk@example.com',
  phone: '123',
  language: 1,
  level: 1,
  role: 1,
}

/**
 * The kit validates before it calls an adapter, so adapters need not reject bad input; but when
 * they do reject, it must be a `ProfileError`, so the kit can tell retryable failures from others.
 *
 * @internal
 */
export const errorChecks: CheckDefinition[] = [
  {
    name: 'every rejection is a ProfileError',
    async run({ adapter }) {
      const schema = resolveSchema(adapter.schema)
      const probes: Array<[label: string, call: () => Promise<unknown>]> = []
      const unstored = STANDARD_FIELDS.find((field) => !schema.fields[field])
      if (unstored) {
        const patch = { [unstored]: SAMPLES[unstored] }
        probes.push([
          `updateMyProfile({ ${unstored}: ... }) for a field the schema does not list`,
          () => adapter.updateMyProfile(patch),
        ])
      }
      for (const garbage of [{ nick: { not: 'a string' } }, { customFields: 'garbage' }, { gender: 42 }]) {
        probes.push([
          `updateMyProfile(${JSON.stringify(garbage)})`,
          () => adapter.updateMyProfile(garbage as unknown as ProfilePatch),
        ])
      }
      const tooMany = Array.from({ length: schema.maxBatchSize + 1 }, (_, i) => `pk-conformance-${i}`)
      probes.push([
        `getUserProfiles with ${tooMany.length} IDs (more than maxBatchSize)`,
        () => adapter.getUserProfiles(tooMany),
      ])

      const problems: string[] = []
      for (const [label, call] of probes) {
        try {
          await call()
        } catch (error) {
          if (!isProfileError(error)) problems.push(`${label} rejected with ${describeError(error)}`)
        }
      }
      if (problems.length > 0) {
        fail(
          `Adapters must reject with ProfileError (map vendor codes, or wrap with toProfileError): ${problems.join('; ')}.`,
        )
      }
    },
  },
]
