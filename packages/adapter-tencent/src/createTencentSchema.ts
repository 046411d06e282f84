import { ProfileError, type CustomFieldDefinition, type ProfileSchema } from '@profile-kit/core/vanilla'
import { CUSTOM_FIELD_PREFIX, CUSTOM_KEY_PATTERN } from './tencentConstants'

/** Tencent stores custom values of at most 500 bytes. */
const CUSTOM_VALUE_MAX_BYTES = 500

/**
 * What Tencent Cloud Chat stores, with its limits: nick 500 bytes on the server and 250 UTF-16
 * units in the SDK's own check (it counts 2 bytes per unit); selfSignature and avatar 500 bytes;
 * location 16 bytes; custom values 500 bytes; message settings and whether I may send friend
 * requests (`messageSettings`, `adminForbidType`); no email or phone. `getUserProfile` takes 100 IDs per
 * call (the SDK silently drops IDs past 1,000).
 *
 * @param customFields the fields configured in the Chat console, keys without `Tag_Profile_Custom_`.
 * @throws {ProfileError} `invalid_argument` for a key with the prefix or characters Tencent rejects.
 * @example
 * ```ts
 * createTencentSchema([{ key: 'team', type: 'text' }]).customFields?.[0]?.maxBytes // 500
 * ```
 */
export function createTencentSchema(customFields?: CustomFieldDefinition[]): ProfileSchema {
  return {
    maxBatchSize: 100,
    fields: {
      nick: { maxLength: 250, maxBytes: 500 },
      avatar: { maxBytes: 500 },
      gender: {},
      selfSignature: { maxBytes: 500 },
      birthday: {},
      location: { maxBytes: 16 },
      allowType: {},
      messageSettings: {},
      adminForbidType: {},
      language: {},
      level: {},
      role: {},
    },
    ...(customFields ? { customFields: customFields.map(withTencentLimit) } : {}),
  }
}

function withTencentLimit(definition: CustomFieldDefinition, index: number): CustomFieldDefinition {
  const { key } = definition
  const where = `options.customFields[${index}].key`
  if (typeof key === 'string' && key.startsWith(CUSTOM_FIELD_PREFIX)) {
    const bare = key.slice(CUSTOM_FIELD_PREFIX.length)
    throw new ProfileError(
      'invalid_argument',
      `${where} is ${JSON.stringify(key)}: declare custom fields without the ${CUSTOM_FIELD_PREFIX} prefix, as ${JSON.stringify(bare)}.`,
      { field: where },
    )
  }
  if (typeof key !== 'string' || !CUSTOM_KEY_PATTERN.test(key)) {
    throw new ProfileError(
      'invalid_argument',
      `${where} is ${JSON.stringify(key)}: Tencent custom field keys use only letters, digits and _.`,
      { field: where },
    )
  }
  const maxBytes = Math.min(definition.maxBytes ?? CUSTOM_VALUE_MAX_BYTES, CUSTOM_VALUE_MAX_BYTES)
  return { ...definition, maxBytes }
}
