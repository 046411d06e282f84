import { dehydrate, hydrate, QueryClient } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { prefetchUserProfiles } from '../client/prefetchUserProfiles'
import { profileKeys } from '../client/profileKeys'
import { createMemoryAdapter } from '../memory/createMemoryAdapter'
import { applyPatch } from '../model/applyPatch'
import { normalizeProfile } from '../model/normalizeProfile'
import type { Profile } from '../model/profile'
import { ProfileProvider } from '../react/ProfileProvider'
import { useMyProfile } from '../react/useMyProfile'

// JSON.parse makes `__proto__` an own key, as a hostile backend answer would.
const FIELDS = JSON.parse('{"__proto__": "p", "constructor": "c", "team": "core"}') as Record<string, string>
const FIELD_ENTRIES = [
  ['__proto__', 'p'],
  ['constructor', 'c'],
  ['team', 'core'],
]

/**
 * What React Server Components accept as a prop of a client component (and what any framework that
 * copies data can copy): objects whose prototype is `Object.prototype`, all the way down, whose
 * own keys are enumerable data properties.
 */
function expectPlainAllTheWayDown(value: unknown, path = 'profile') {
  if (typeof value !== 'object' || value === null) return
  expect(Object.getPrototypeOf(value), `${path} prototype`).toBe(Object.prototype)
  expect(Object.getOwnPropertySymbols(value), `${path} symbols`).toEqual([])
  for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(value))) {
    expect(
      descriptor.enumerable && 'value' in descriptor,
      `${path}.${key} is an enumerable data property`,
    ).toBe(true)
    expectPlainAllTheWayDown(descriptor.value, `${path}.${key}`)
  }
}

const fieldEntries = (profile: Profile) =>
  Object.entries(profile.customFields).sort(([a], [b]) => a.localeCompare(b))

describe('profiles the kit hands out are plain objects any framework can serialize', () => {
  it('normalizeProfile and applyPatch give plain objects that structuredClone and JSON copy whole', () => {
    const normalized = normalizeProfile({ userID: 'u1', nick: 'Ada', customFields: FIELDS })
    const patched = applyPatch(normalized, { customFields: { team: 'web' } })
    for (const profile of [normalized, patched]) {
      expectPlainAllTheWayDown(profile)
      for (const copy of [structuredClone(profile), JSON.parse(JSON.stringify(profile)) as Profile]) {
        expect(copy).toEqual(profile)
        expect(Object.hasOwn(copy.customFields, '__proto__')).toBe(true)
        expect(Object.getPrototypeOf(copy.customFields)).toBe(Object.prototype)
      }
    }
    expect(fieldEntries(patched)).toEqual([
      ['__proto__', 'p'],
      ['constructor', 'c'],
      ['team', 'web'],
    ])
  })

  it('prefetchUserProfiles leaves plain profiles in the cache and in the dehydrated state', async () => {
    const server = new QueryClient()
    const adapter = createMemoryAdapter({
      me: { userID: 'me' },
      profiles: [{ userID: 'u1', nick: 'Ada', customFields: FIELDS }],
    })
    await prefetchUserProfiles(server, adapter, ['u1'])
    const profile = server.getQueryData<Profile>(profileKeys.user('u1'))
    expect(profile?.nick).toBe('Ada')
    expectPlainAllTheWayDown(profile)
    expect(fieldEntries(profile as Profile)).toEqual(FIELD_ENTRIES)
    const state = dehydrate(server)
    expectPlainAllTheWayDown(state.queries[0]?.state.data)
    expect(structuredClone(state)).toEqual(state)
  })

  it('keeps a __proto__ field when a change reaches a hydrated entry no component watches yet', async () => {
    const server = new QueryClient()
    // Without a `constructor` key TanStack's replaceEqualDeep would take the fields for a plain
    // object and copy them key by key, turning `__proto__` into a prototype assignment.
    const customFields = JSON.parse('{"__proto__": "p", "team": "core"}') as Record<string, string>
    const seed = () => createMemoryAdapter({ me: { userID: 'me', nick: 'Ada', customFields } })
    await prefetchUserProfiles(server, seed(), ['me'])
    const browser = new QueryClient()
    hydrate(browser, JSON.parse(JSON.stringify(dehydrate(server))))
    const adapter = seed()
    function MyNick() {
      return <p>{useMyProfile().data?.nick ?? 'loading'}</p>
    }
    render(
      <ProfileProvider adapter={adapter} queryClient={browser} eventCoalesceMs={0}>
        <MyNick />
      </ProfileProvider>,
    )
    // The change lands before `useMyProfile` has read my ID, so the entry is written with the
    // options it was hydrated with.
    adapter.simulateRemoteChange('me', { nick: 'Ada L.', customFields: { team: 'web' } })
    await waitFor(() => expect(browser.getQueryData<Profile>(profileKeys.user('me'))?.nick).toBe('Ada L.'))
    const profile = browser.getQueryData<Profile>(profileKeys.user('me')) as Profile
    expect(fieldEntries(profile)).toEqual([
      ['__proto__', 'p'],
      ['team', 'web'],
    ])
    expectPlainAllTheWayDown(profile)
    expect(await screen.findByText('Ada L.')).toBeInTheDocument()
  })
})
