import { CONFORMANCE_USERS } from './testing/conformanceUsers'
import { describe, it } from 'vitest'
import type { ProfilePatch } from '@profile-kit/core/vanilla'
import { adapterConformanceChecks, type ConformanceFixture } from '@profile-kit/core/testing'
import { mergeNimExtension } from '../nimExtension'
import { createNimClassicAdapter, type NimClassicAdapterOptions } from './createNimClassicAdapter'
import { createNimClassicEvents } from './createNimClassicEvents'
import { startNimClassicOnFakeWire, type ServerCard } from './testing/startNimClassicOnFakeWire'
import { toNimClassicPatch } from './toNimClassicPatch'

/**
 * The adapter over the REAL classic SDK with only its socket replaced (see startNimClassicOnFakeWire).
 * The classic SDK pushes nobody else's changes: they reach a client with that user's next message,
 * which is how `simulateRemoteChange` delivers them; my own changes on another device are pushed.
 */
async function classicFixture(
  options: Omit<NimClassicAdapterOptions, 'events'> = {},
): Promise<ConformanceFixture> {
  const events = createNimClassicEvents()
  const { nim, server, destroy } = await startNimClassicOnFakeWire({
    account: 'me',
    users: CONFORMANCE_USERS,
    callbacks: events.callbacks,
  })
  return {
    adapter: createNimClassicAdapter(nim, { ...options, events }),
    myUserID: 'me',
    knownUserIDs: ['ada', 'me', 'grace', 'linus'],
    unknownUserID: 'nobody',
    simulateRemoteChange: (userID, patch) => {
      const fields = toCardFields(server.users.get(userID), patch)
      if (userID === 'me') server.pushMyInfoUpdate(fields)
      else {
        server.editUser(userID, fields)
        server.sendMessageFrom(userID)
      }
    },
    simulatePresence: (userID, online) => server.events.publish(userID, { value: online ? 1 : 2 }),
    customFieldKey: 'team',
    dispose: destroy,
  }
}

function toCardFields(stored: ServerCard | undefined, patch: ProfilePatch): Partial<ServerCard> {
  const { customFields, ...standard } = patch
  const fields: Partial<ServerCard> = toNimClassicPatch(standard)
  if (customFields) fields.custom = mergeNimExtension(stored?.custom, customFields)
  return fields
}

/**
 * Every check but the photo uploads: the SDK's Node build, which these tests run, uploads only a
 * `fileObject` or `filePath` through Node's own HTTP code, while the adapter hands the browser
 * build a `File` as `blob` for its XMLHttpRequest chunk upload; the Node build rejects that. Uploads
 * are tested against the double (`uploadNimClassicAvatar.test.ts`), coded to the browser build.
 */
const runnableInNode = (createFixture: Parameters<typeof adapterConformanceChecks>[0]) =>
  adapterConformanceChecks(createFixture).filter((check) => !check.name.startsWith('uploadAvatar'))

describe('adapter conformance: classic NetEase SDK (real code, fake socket)', () => {
  for (const check of runnableInNode(() => classicFixture())) it(check.name, check.run)
})

describe('adapter conformance: classic NetEase SDK with declared custom fields', () => {
  const customFields: NimClassicAdapterOptions['customFields'] = [
    { key: 'team', type: 'text', maxLength: 20 },
  ]
  for (const check of runnableInNode(() => classicFixture({ customFields }))) it(check.name, check.run)
})
