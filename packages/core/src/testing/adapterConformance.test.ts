import { describe, expect, it } from 'vitest'
import type { PresenceChange, PresenceSource, UserPresence } from '../adapter/PresenceSource'
import type { ProfileAdapter } from '../adapter/ProfileAdapter'
import { ProfileError } from '../errors/ProfileError'
import { createMemoryAdapter, type MemoryAdapterOptions } from '../memory/createMemoryAdapter'
import { adapterConformanceChecks } from './adapterConformanceChecks'
import type { ConformanceFixture } from './ConformanceFixture'
import { runAdapterConformance } from './runAdapterConformance'

/**
 * The smallest presence a backend could have: it knows `known`, answers their status on
 * subscribe and pushes changes of subscribed users. The checks' own subject, so they are tested
 * here whatever presence the memory adapter has.
 */
function createPresenceDouble(known: string[]) {
  const online = new Set<string>()
  const subscribed = new Set<string>()
  const listeners = new Set<(changes: PresenceChange[]) => void>()
  const status = (userID: string): UserPresence => ({
    userID,
    online: online.has(userID),
    lastSeenAt: 0,
    customStatus: '',
  })
  const presence: PresenceSource = {
    maxBatchSize: 10,
    async subscribe(userIDs) {
      const knownIDs = userIDs.filter((userID) => known.includes(userID))
      knownIDs.forEach((userID) => subscribed.add(userID))
      return knownIDs.map(status)
    },
    async unsubscribe(userIDs) {
      userIDs.forEach((userID) => subscribed.delete(userID))
    },
    onChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  const setOnline = (userID: string, isOnline: boolean) => {
    if (isOnline) online.add(userID)
    else online.delete(userID)
    if (subscribed.has(userID)) listeners.forEach((listener) => listener([status(userID)]))
  }
  return { presence, setOnline }
}

function memoryFixture(options: Partial<MemoryAdapterOptions> = {}): ConformanceFixture {
  const memory = createMemoryAdapter({
    me: { userID: 'me', nick: 'Me' },
    profiles: [{ userID: 'ada' }, { userID: 'grace', nick: 'Grace' }, { userID: 'linus' }],
    ...options,
  })
  const { presence, setOnline } = createPresenceDouble(['me', 'ada', 'grace', 'linus'])
  const adapter = Object.assign(memory, { presence })
  return {
    adapter,
    simulatePresence: setOnline,
    myUserID: 'me',
    knownUserIDs: ['me', 'ada', 'grace', 'linus'],
    unknownUserID: 'nobody',
    simulateRemoteChange: (userID, patch) => void adapter.simulateRemoteChange(userID, patch),
    customFieldKey: 'team',
  }
}

/** The memory adapter with one part replaced, to prove the checks catch that mistake. */
function brokenFixture(
  replace: (adapter: ProfileAdapter) => Partial<ProfileAdapter>,
): () => ConformanceFixture {
  return () => {
    const fixture = memoryFixture()
    const adapter = fixture.adapter
    return {
      ...fixture,
      adapter: {
        schema: adapter.schema,
        getMyProfile: () => adapter.getMyProfile(),
        getUserProfiles: (ids) => adapter.getUserProfiles(ids),
        updateMyProfile: (patch) => adapter.updateMyProfile(patch),
        subscribe: (onChange, onReset) => adapter.subscribe!(onChange, onReset),
        ...replace(adapter),
      },
    }
  }
}

const declaredSchema: MemoryAdapterOptions['schema'] = {
  maxBatchSize: 5,
  fields: { nick: { maxLength: 6 }, selfSignature: { maxBytes: 40 }, level: { editable: false } },
  customFields: [{ key: 'team', type: 'select', options: [{ value: 'core' }, { value: 'ui' }] }],
}

describe('adapter conformance: memory adapter with default schema', () => {
  for (const check of adapterConformanceChecks(() => memoryFixture())) it(check.name, check.run)
})

describe('adapter conformance: memory adapter with a declared schema and small batches', () => {
  for (const check of adapterConformanceChecks(() => memoryFixture({ schema: declaredSchema }))) {
    it(check.name, check.run)
  }
})

describe('runAdapterConformance', () => {
  it('passes every check for the memory adapter, none skipped', async () => {
    const report = await runAdapterConformance(() => memoryFixture())
    expect(report.failed).toEqual([])
    expect(report.skipped).toEqual([])
    expect(report.passed).toEqual(adapterConformanceChecks(() => memoryFixture()).map((check) => check.name))
  })

  it('skips, with the reason, checks the adapter or fixture cannot take part in', async () => {
    const report = await runAdapterConformance(async () => {
      const {
        simulateRemoteChange: _remote,
        simulatePresence: _presence,
        customFieldKey: _key,
        ...fixture
      } = memoryFixture()
      const { subscribe: _subscribe, ...adapter } = fixture.adapter
      return { ...fixture, adapter }
    })
    expect(report.failed).toEqual([])
    expect(report.skipped).toEqual([
      {
        name: 'updateMyProfile sets a custom field, and null removes it',
        reason: 'the fixture names no customFieldKey',
      },
      {
        name: 'subscribe delivers a change carrying my userID after my own update',
        reason: 'the adapter has no subscribe',
      },
      { name: 'the function subscribe returns stops further events', reason: 'the adapter has no subscribe' },
      { name: 'subscribe delivers changes made on another device', reason: 'the adapter has no subscribe' },
      {
        name: 'presence.onChange delivers changes carrying their userID, until stopped',
        reason: 'the fixture has no simulatePresence',
      },
    ])
  })

  it('fails a presence that declares no batch size, answers users not asked for or drops userIDs', async () => {
    const withPresence = (replace: (presence: PresenceSource) => Partial<PresenceSource>) => () => {
      const fixture = memoryFixture()
      const presence = fixture.adapter.presence!
      const broken: PresenceSource = {
        maxBatchSize: presence.maxBatchSize,
        subscribe: (userIDs) => presence.subscribe(userIDs),
        unsubscribe: (userIDs) => presence.unsubscribe(userIDs),
        onChange: (listener) => presence.onChange(listener),
        ...replace(presence),
      }
      return { ...fixture, adapter: Object.assign(fixture.adapter, { presence: broken }) }
    }
    const failures = async (replace: (presence: PresenceSource) => Partial<PresenceSource>) => {
      const report = await runAdapterConformance(withPresence(replace))
      return Object.fromEntries(report.failed.map((f) => [f.name, String(f.error)]))
    }
    await expect(failures(() => ({ maxBatchSize: 0 }))).resolves.toMatchObject({
      'presence declares limits the kit can batch and queue by':
        'Error: presence declares maxBatchSize as a number (0); want a positive integer.',
    })
    const outsider: UserPresence = { userID: 'outsider', online: false, lastSeenAt: 0, customStatus: '' }
    await expect(
      failures((presence) => ({ subscribe: async (ids) => [...(await presence.subscribe(ids)), outsider] })),
    ).resolves.toEqual({
      'presence.subscribe takes a full batch and answers only users it was asked for':
        expect.stringContaining('resolved a status for "outsider", who was not asked for'),
    })
    await expect(
      failures((presence) => ({
        onChange: (listener) =>
          presence.onChange((changes) => listener(changes.map(({ online }) => ({ online }) as never))),
      })),
    ).resolves.toEqual({
      'presence.onChange delivers changes carrying their userID, until stopped':
        'Error: presence.onChange received an object; every change needs its userID.',
    })
  })

  it('fails a presence listener that hears changes after it was stopped', async () => {
    const report = await runAdapterConformance(() => {
      const fixture = memoryFixture()
      const presence = fixture.adapter.presence!
      const leaky: PresenceSource = {
        ...presence,
        onChange: (listener) => (presence.onChange(listener), () => {}),
      }
      return { ...fixture, adapter: Object.assign(fixture.adapter, { presence: leaky }) }
    })
    expect(report.failed.map((f) => [f.name, String(f.error)])).toEqual([
      [
        'presence.onChange delivers changes carrying their userID, until stopped',
        expect.stringContaining('after the function onChange returned was called'),
      ],
    ])
  })

  it('fails a getUserProfiles that does not resolve an array, saying what to return', async () => {
    const report = await runAdapterConformance(
      brokenFixture((adapter) => ({
        getUserProfiles: async (ids) => ({ profiles: await adapter.getUserProfiles(ids) }) as never,
      })),
    )
    expect(report.failed.map((f) => f.name)).toEqual([
      'getUserProfiles resolves known users in any order and omits unknown ones',
      'getUserProfiles resolves an empty list, not an error, when no ID is known',
      'getUserProfiles accepts schema.maxBatchSize IDs in one call',
      'subscribe delivers changes made on another device',
    ])
    expect(String(report.failed[0]?.error)).toBe(
      'Error: getUserProfiles(["me","ada","grace","linus","nobody"]) resolved an object; it must resolve an array of profiles (unknown users left out).',
    )
  })

  it('fails an adapter that answers unknown users, drops updates, leaks listeners or rejects with plain errors', async () => {
    const report = await runAdapterConformance(
      brokenFixture((adapter) => ({
        getUserProfiles: async (ids) => ids.map((userID) => ({ userID }) as never),
        updateMyProfile: async (patch) => {
          if ('gender' in patch) throw new TypeError('gender.toUpperCase is not a function')
          await adapter.updateMyProfile({ ...patch, nick: undefined, selfSignature: undefined })
        },
        subscribe: (onChange) => {
          adapter.subscribe!(onChange)
          return () => {}
        },
      })),
    )
    const messages = Object.fromEntries(report.failed.map((f) => [f.name, String(f.error)]))
    expect(messages).toMatchObject({
      'getUserProfiles resolves known users in any order and omits unknown ones': expect.stringContaining(
        'included the unknown user "nobody"; leave users the backend does not know out of the answer',
      ),
      'updateMyProfile stores nick and getMyProfile reads it back': expect.stringMatching(
        /After updateMyProfile\(\{ nick: "pk\w+" \}\), getMyProfile\(\) shows nick "Me"/,
      ),
      'the function subscribe returns stops further events': expect.stringContaining(
        'after its unsubscribe function was called',
      ),
      'every rejection is a ProfileError': expect.stringContaining(
        'updateMyProfile({"gender":42}) rejected with TypeError: gender.toUpperCase is not a function',
      ),
    })
  })

  it('fails every check with a clear message when the fixture is incomplete', async () => {
    const report = await runAdapterConformance(() => ({ ...memoryFixture(), knownUserIDs: ['me'] }))
    expect(report.passed).toEqual([])
    expect(new Set(report.failed.map((f) => String(f.error)))).toEqual(
      new Set([
        'Error: The conformance fixture is incomplete: knownUserIDs must list at least 3 user IDs the backend knows.',
      ]),
    )
  })

  it('fails a check whose adapter call never settles instead of hanging', async () => {
    const report = await runAdapterConformance(
      brokenFixture(() => ({ getMyProfile: () => new Promise(() => {}) })),
      { timeoutMs: 50 },
    )
    expect(
      report.failed.find((f) => f.name === "getMyProfile resolves the signed-in user's profile")?.error,
    ).toEqual(
      new Error(
        `"getMyProfile resolves the signed-in user's profile" did not finish within 50 ms; an adapter call never settled.`,
      ),
    )
  })

  it('reports the failure a runner would see when a check runs on its own', async () => {
    const [, getMyProfile] = adapterConformanceChecks(
      brokenFixture(() => ({
        getMyProfile: async () => Promise.reject(new ProfileError('not_ready', 'log in first')),
      })),
    )
    await expect(getMyProfile!.run()).rejects.toThrow(
      'getMyProfile() rejected with ProfileError(not_ready): log in first, but it should have succeeded.',
    )
  })
})
