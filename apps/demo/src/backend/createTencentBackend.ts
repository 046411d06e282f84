import type { SeedProfile } from '@profile-kit/core'
import { createTencentChatAdapter, createTencentSchema, toTencentPatch } from '@profile-kit/adapter-tencent'
import { createTencentChatDouble, type TencentProfileSeed } from '@profile-kit/adapter-tencent/testing'
import { demoRemarks } from '../data/demoRemarks'
import { demoSchema } from '../data/demoSchema'
import { createInPagePhotoStorage } from './createInPagePhotoStorage'
import { seedFields } from './seedFields'
import type { SimulatedBackend } from './simulatedBackend'

/**
 * The demo on Tencent Cloud Chat: `createTencentChatAdapter` over the SDK double, its server
 * holding the demo's people (all my friends, so their changes are pushed as Tencent pushes friends',
 * and I can give each a remark).
 *
 * @example
 * ```ts
 * const backend = createTencentBackend(createPeople(), me)
 * ```
 */
export function createTencentBackend(people: SeedProfile[], me: SeedProfile): SimulatedBackend {
  const schema = createTencentSchema(demoSchema.customFields)
  const toSeed = (person: SeedProfile): TencentProfileSeed => {
    const { customFields, ...standard } = seedFields(person, schema)
    // A seed is what the server stores; updateMyProfile's format is that, less the read-only fields.
    const update = toTencentPatch({ ...standard, ...(customFields ? { customFields } : {}) })
    return { userID: person.userID, ...update } as TencentProfileSeed
  }
  const nicks = new Map(people.map((p) => [p.userID, p.nick]))
  const chat = createTencentChatDouble({
    users: [me, ...people].map(toSeed),
    friends: people.map((p) => p.userID),
    remarks: demoRemarks(people),
    customFieldKeys: demoSchema.customFields?.map((field) => field.key),
  })
  chat.login(me.userID)
  return {
    kind: 'tencent',
    adapter: createTencentChatAdapter(chat, {
      customFields: demoSchema.customFields,
      // Tencent stores no files: the app uploads to its own storage, which the demo keeps in the page.
      uploadAvatar: createInPagePhotoStorage(),
    }),
    storedNick: (userID) => nicks.get(userID),
    friendIDs: people.map((p) => p.userID),
    simulateRemoteRemark: (userID, remark) => chat.setRemarkElsewhere(userID, remark),
    simulateRemoteChange(userID, patch) {
      if (patch.nick) nicks.set(userID, patch.nick)
      chat.remoteUpdate(userID, toTencentPatch(patch))
    },
  }
}
