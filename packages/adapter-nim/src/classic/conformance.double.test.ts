import { CONFORMANCE_USERS } from './testing/conformanceUsers'
import { describe, it } from 'vitest'
import { adapterConformanceChecks, type ConformanceFixture } from '@profile-kit/core/testing'
import { mergeNimExtension } from '../nimExtension'
import { createNimClassicAdapter } from './createNimClassicAdapter'
import { createNimClassicEvents } from './createNimClassicEvents'
import { createNimClassicDouble } from './testing/createNimClassicDouble'
import { toNimClassicPatch } from './toNimClassicPatch'

/** The same suite on the double the demo runs on, so the double behaves as the real SDK does. */
function doubleFixture(): ConformanceFixture {
  const events = createNimClassicEvents()
  const nim = createNimClassicDouble({
    account: 'me',
    users: CONFORMANCE_USERS,
    ...events.callbacks,
  })
  nim.connect()
  return {
    adapter: createNimClassicAdapter(nim, { events }),
    myUserID: 'me',
    knownUserIDs: ['ada', 'me', 'grace', 'linus'],
    unknownUserID: 'nobody',
    simulateRemoteChange: async (userID, { customFields, ...standard }) => {
      const fields = toNimClassicPatch(standard)
      if (customFields) {
        const stored = await new Promise<string | undefined>((resolve) =>
          nim.getUser({ account: userID, sync: true, done: (_, card) => resolve(card?.custom) }),
        )
        fields.custom = mergeNimExtension(stored, customFields)
      }
      nim.remoteUpdate(userID, fields)
      nim.receiveMessageFrom(userID)
    },
    simulatePresence: (userID, online) => nim.publishOnlineState(userID, online ? 1 : 2),
    customFieldKey: 'team',
  }
}

describe('adapter conformance: classic NetEase SDK double', () => {
  for (const check of adapterConformanceChecks(doubleFixture)) it(check.name, check.run)
})
