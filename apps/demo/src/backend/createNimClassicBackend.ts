import type { SeedProfile } from '@profile-kit/core'
import { createNimSchema, mergeNimExtension } from '@profile-kit/adapter-nim'
import {
  createNimClassicAdapter,
  createNimClassicEvents,
  toNimClassicPatch,
} from '@profile-kit/adapter-nim/classic'
import { createNimClassicDouble, type NimClassicUserSeed } from '@profile-kit/adapter-nim/testing'
import { demoSchema } from '../data/demoSchema'
import { seedFields } from './seedFields'
import type { SimulatedBackend } from './simulatedBackend'

/**
 * The demo on the classic NetEase Web SDK (`@yxim/nim-web-sdk`): `createNimClassicAdapter` over
 * its double, wired as an app wires the real one — the kit's callbacks spread into the instance's
 * options. Others' changes reach me with their next message (`onupdateuser`).
 *
 * @example
 * ```ts
 * const backend = createNimClassicBackend(createPeople(), me)
 * ```
 */
export function createNimClassicBackend(people: SeedProfile[], me: SeedProfile): SimulatedBackend {
  const schema = createNimSchema(demoSchema.customFields)
  const toSeed = (person: SeedProfile): NimClassicUserSeed => {
    const { customFields, ...standard } = seedFields(person, schema)
    const seed: NimClassicUserSeed = { account: person.userID, ...toNimClassicPatch(standard) }
    if (customFields) seed.custom = mergeNimExtension(undefined, customFields)
    return seed
  }
  const nicks = new Map(people.map((p) => [p.userID, p.nick]))
  const profileEvents = createNimClassicEvents()
  // As with NIM.getInstance({ appKey, account, token, ...profileEvents.callbacks }).
  const nim = createNimClassicDouble({
    account: me.userID,
    users: [me, ...people].map(toSeed),
    keepPhotosInPage: true,
    ...profileEvents.callbacks,
  })
  nim.connect()
  return {
    kind: 'nim-classic',
    adapter: createNimClassicAdapter(nim, { events: profileEvents, customFields: demoSchema.customFields }),
    storedNick: (userID) => nicks.get(userID),
    simulateRemoteChange(userID, { customFields, ...standard }) {
      if (standard.nick) nicks.set(userID, standard.nick)
      if (customFields) throw new Error('The demo simulates changes of standard fields only.')
      nim.remoteUpdate(userID, toNimClassicPatch(standard))
      nim.receiveMessageFrom(userID)
    },
  }
}
