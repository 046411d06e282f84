import { afterAll, beforeAll, describe, it } from 'vitest'
import type { ProfilePatch } from '@profile-kit/core/vanilla'
import { adapterConformanceChecks, type ConformanceFixture } from '@profile-kit/core/testing'
import { createNimAdapter, type NimAdapterOptions } from './createNimAdapter'
import { mergeNimExtension } from './nimExtension'
import type { V2NIMUser } from './nimTypes'
import { createNimFakeServer, type NimFakeServer } from './testing/createNimFakeServer'
import { installNimFakeNos } from './testing/installNimFakeNos'
import { loadNimSdk, type NimSdk } from './testing/loadNimSdk'
import { toNimPatch } from './toNimPatch'

let sdk: NimSdk
beforeAll(async () => {
  sdk = await loadNimSdk()
})
afterAll(() => sdk.restore())

/**
 * The adapter over the real SDK with a fake server behind `nim.sendCmd` (and NOS behind
 * `XMLHttpRequest` for photo uploads), logged in as `me`.
 * NetEase pushes nobody else's changes: they reach a client when that user sends a message, which
 * is how `simulateRemoteChange` delivers them (through the SDK's own message handling).
 */
async function nimFixture(options: NimAdapterOptions = {}): Promise<ConformanceFixture> {
  const server = createNimFakeServer(sdk, {
    users: [
      { accountId: 'me', name: 'Me', serverExtension: '{"theme":"dark"}' },
      { accountId: 'ada', name: 'Ada' },
      { accountId: 'grace', name: 'Grace' },
      { accountId: 'linus', name: 'Linus' },
    ],
  })
  await server.login('me')
  const nos = installNimFakeNos(server)
  return {
    adapter: createNimAdapter(server.nim, options),
    myUserID: 'me',
    knownUserIDs: ['ada', 'me', 'grace', 'linus'],
    unknownUserID: 'nobody',
    simulateRemoteChange: async (userID, patch) => {
      await server.remoteUpdate(userID, toRemoteFields(server, userID, patch))
      await server.receiveMessageFrom(userID)
    },
    simulatePresence: (userID, online) => server.status.publish(userID, { statusType: online ? 1 : 2 }),
    customFieldKey: 'team',
    dispose: async () => {
      nos.restore()
      await server.logout()
    },
  }
}

function toRemoteFields(server: NimFakeServer, userID: string, patch: ProfilePatch): Partial<V2NIMUser> {
  const { customFields, ...standard } = patch
  const fields: Partial<V2NIMUser> = toNimPatch(standard)
  if (customFields)
    fields.serverExtension = mergeNimExtension(server.user(userID)?.serverExtension, customFields)
  return fields
}

describe('adapter conformance: NetEase IM over the real nim-web-sdk-ng', () => {
  for (const check of adapterConformanceChecks(() => nimFixture())) it(check.name, check.run)
})

describe('adapter conformance: NetEase IM over the real nim-web-sdk-ng, with declared custom fields', () => {
  const customFields: NimAdapterOptions['customFields'] = [{ key: 'team', type: 'text', maxLength: 20 }]
  for (const check of adapterConformanceChecks(() => nimFixture({ customFields }))) it(check.name, check.run)
})
