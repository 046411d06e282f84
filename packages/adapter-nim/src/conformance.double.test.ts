import { describe, it } from 'vitest'
import type { ProfilePatch } from '@profile-kit/core/vanilla'
import { adapterConformanceChecks, type ConformanceFixture } from '@profile-kit/core/testing'
import { createNimAdapter, type NimAdapterOptions } from './createNimAdapter'
import { mergeNimExtension } from './nimExtension'
import type { V2NIMUser } from './nimTypes'
import { createNimDouble, type NimDouble } from './testing/createNimDouble'
import { toNimPatch } from './toNimPatch'

/**
 * The adapter over the SDK double, logged in as `me`. NetEase pushes nobody else's changes: they
 * reach a client when that user sends a message, which is how `simulateRemoteChange` delivers them.
 */
function nimFixture(options: NimAdapterOptions = {}): ConformanceFixture {
  const nim = createNimDouble({
    users: [
      { accountId: 'me', name: 'Me', serverExtension: '{"theme":"dark"}' },
      { accountId: 'ada', name: 'Ada' },
      { accountId: 'grace', name: 'Grace' },
      { accountId: 'linus', name: 'Linus' },
    ],
  })
  nim.login('me')
  return {
    adapter: createNimAdapter(nim, options),
    myUserID: 'me',
    knownUserIDs: ['ada', 'me', 'grace', 'linus'],
    unknownUserID: 'nobody',
    simulateRemoteChange: async (userID, patch) => {
      nim.remoteUpdate(userID, await toRemoteFields(nim, userID, patch))
      nim.receiveMessageFrom(userID)
    },
    simulatePresence: (userID, online) => nim.publishUserStatus(userID, online ? 1 : 2),
    customFieldKey: 'team',
  }
}

async function toRemoteFields(
  nim: NimDouble,
  userID: string,
  patch: ProfilePatch,
): Promise<Partial<V2NIMUser>> {
  const { customFields, ...standard } = patch
  const fields: Partial<V2NIMUser> = toNimPatch(standard)
  if (customFields) {
    const [stored] = await nim.V2NIMUserService.getUserListFromCloud([userID])
    fields.serverExtension = mergeNimExtension(stored?.serverExtension, customFields)
  }
  return fields
}

describe('adapter conformance: NetEase V2 SDK double (what the demo runs on)', () => {
  for (const check of adapterConformanceChecks(() => nimFixture())) it(check.name, check.run)
})

describe('adapter conformance: NetEase V2 SDK double with declared custom fields', () => {
  const customFields: NimAdapterOptions['customFields'] = [{ key: 'team', type: 'text', maxLength: 20 }]
  for (const check of adapterConformanceChecks(() => nimFixture({ customFields }))) it(check.name, check.run)
})
