import type { CustomFieldDefinition, ProfileSchema } from '@profile-kit/core/vanilla'
import { NIM_EXTENSION_MAX_LENGTH } from './nimConstants'

/**
 * What NetEase IM stores, with its server limits: name 64 characters, avatar 1,024 bytes, sign
 * 256, email 64, mobile 32, birthday 16; no location, allowType, language, level or role. Custom
 * fields share the 1,024-character `serverExtension`, checked as a whole when saving; no single
 * value can be longer.
 * `getUserList` takes 150 IDs per call.
 *
 * @example
 * ```ts
 * createNimSchema().fields?.nick // { maxLength: 64 }
 * ```
 */
export function createNimSchema(customFields?: CustomFieldDefinition[]): ProfileSchema {
  return {
    maxBatchSize: 150,
    fields: {
      nick: { maxLength: 64 },
      avatar: { maxBytes: 1024 },
      gender: {},
      selfSignature: { maxLength: 256 },
      birthday: { maxLength: 16 },
      email: { maxLength: 64 },
      phone: { maxLength: 32 },
    },
    ...(customFields ? { customFields: customFields.map(withNimLimit) } : {}),
  }
}

function withNimLimit(definition: CustomFieldDefinition): CustomFieldDefinition {
  const maxLength = Math.min(definition.maxLength ?? NIM_EXTENSION_MAX_LENGTH, NIM_EXTENSION_MAX_LENGTH)
  return { ...definition, maxLength }
}
