import type { SeedProfile } from '@profile-kit/core'
import { createNimAdapter, createNimSchema, mergeNimExtension, toNimPatch } from '@profile-kit/adapter-nim'
import { createNimDouble, type NimUserSeed } from '@profile-kit/adapter-nim/testing'
import { demoRemarks } from '../data/demoRemarks'
import { demoSchema } from '../data/demoSchema'
import { seedFields } from './seedFields'
import type { SimulatedBackend } from './simulatedBackend'

/**
 * The demo on NetEase IM with the V2 API (`nim-web-sdk-ng`): `createNimAdapter` over the SDK double.
 * NetEase pushes nobody else's changes: a change reaches me with that person's next message, which
 * is how a remote change is simulated.
 *
 * @example
 * ```ts
 * const backend = createNimBackend(createPeople(), me)
 * ```
 */
export function createNimBackend(people: SeedProfile[], me: SeedProfile): SimulatedBackend {
  const schema = createNimSchema(demoSchema.customFields)
  const toSeed = (person: SeedProfile): NimUserSeed => {
    const { customFields, ...standard } = seedFields(person, schema)
    const seed: NimUserSeed = { accountId: person.userID, ...toNimPatch(standard) }
    if (customFields) seed.serverExtension = mergeNimExtension(undefined, customFields)
    return seed
  }
  const nicks = new Map(people.map((p) => [p.userID, p.nick]))
  const remarks = demoRemarks(people)
  const nim = createNimDouble({
    users: [me, ...people].map(toSeed),
    keepPhotosInPage: true,
    // Every person is my friend, two with an alias I gave them.
    friends: people.map(({ userID }) => ({ accountId: userID, alias: remarks[userID] })),
  })
  nim.login(me.userID)
  return {
    kind: 'nim',
    adapter: createNimAdapter(nim, { customFields: demoSchema.customFields }),
    storedNick: (userID) => nicks.get(userID),
    friendIDs: people.map((p) => p.userID),
    simulateRemoteRemark: (userID, remark) => nim.setAliasElsewhere(userID, remark),
    simulateRemoteChange(userID, { customFields, ...standard }) {
      if (standard.nick) nicks.set(userID, standard.nick)
      if (customFields) throw new Error('The demo simulates changes of standard fields only.')
      nim.remoteUpdate(userID, toNimPatch(standard))
      nim.receiveMessageFrom(userID)
    },
  }
}
