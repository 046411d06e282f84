import { dehydrate, hydrate, QueryClient } from '@tanstack/react-query'
import { act, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { prefetchUserProfiles } from '../client/prefetchUserProfiles'
import { createMemoryAdapter } from '../memory/createMemoryAdapter'
import { applyPatch } from '../model/applyPatch'
import { diffPatch } from '../model/diffPatch'
import { normalizeProfile } from '../model/normalizeProfile'
import type { Profile } from '../model/profile'
import { ProfileProvider } from '../react/ProfileProvider'
import { useUserProfile } from '../react/useUserProfile'
import { renderMyProfileAndUpdate } from '../react/__tests__/setup'
import { validatePatch } from '../validation/validatePatch'

// JSON.parse makes `__proto__` an own key, as a hostile backend answer or a pasted patch would.
const KEYS = JSON.parse(
  '{"__proto__": "p", "constructor": "c", "prototype": "t", "toString": "s"}',
) as Record<string, string>
const own = (record: object) => Object.entries(record).sort(([a], [b]) => a.localeCompare(b))
const EXPECTED = [
  ['__proto__', 'p'],
  ['constructor', 'c'],
  ['prototype', 't'],
  ['toString', 's'],
]

/** Nothing reached the prototypes every object shares. */
function expectNoPollution() {
  const probe: Record<string, unknown> = {}
  for (const key of ['p', 'c', 't', 's', 'polluted', 'nick', 'isAdmin']) {
    expect(Object.prototype, key).not.toHaveProperty(key)
    expect(probe[key], key).toBeUndefined()
  }
  expect(typeof probe.toString).toBe('function')
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype)
}

afterEach(expectNoPollution)

describe('__proto__, constructor and prototype are ordinary custom field keys in the model', () => {
  it('normalizeProfile keeps them as own keys of a plain record', () => {
    const profile = normalizeProfile({ userID: 'u1', customFields: KEYS })
    expect(own(profile.customFields)).toEqual(EXPECTED)
    expect(Object.getPrototypeOf(profile.customFields)).toBe(Object.prototype)
  })

  it('normalizeProfile drops object values under those keys instead of merging them anywhere', () => {
    const raw = JSON.parse(
      '{"userID": "u1", "__proto__": {"nick": "injected"}, "customFields": {"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}}',
    )
    const profile = normalizeProfile(raw)
    expect(profile.nick).toBe('')
    expect(own(profile.customFields)).toEqual([])
  })

  it('normalizeProfile never reads values planted on a polluted Object.prototype', () => {
    const planted = ['nick', 'customFields', 'isAdmin'] as const
    try {
      for (const key of planted) {
        Object.defineProperty(Object.prototype, key, {
          value: key === 'customFields' ? { isAdmin: 'true' } : 'planted',
          configurable: true,
          enumerable: true,
          writable: true,
        })
      }
      const profile = normalizeProfile({ userID: 'u1' })
      expect(Object.getOwnPropertyDescriptor(profile, 'nick')?.value).toBe('')
      expect(Object.keys(profile.customFields)).toEqual([])
      expect(Object.hasOwn(profile.customFields, 'isAdmin')).toBe(false)
    } finally {
      for (const key of planted) delete (Object.prototype as Record<string, unknown>)[key]
    }
  })

  it('applyPatch sets and removes them per key', () => {
    const base = normalizeProfile({ userID: 'u1' })
    const set = applyPatch(base, { customFields: KEYS })
    expect(own(set.customFields)).toEqual(EXPECTED)
    const removed = applyPatch(set, {
      customFields: JSON.parse('{"__proto__": null, "constructor": ""}') as Record<string, string | null>,
    })
    expect(own(removed.customFields)).toEqual([
      ['prototype', 't'],
      ['toString', 's'],
    ])
    expect(Object.getPrototypeOf(removed.customFields)).toBe(Object.prototype)
  })

  it('diffPatch keeps them as keys of the diff', () => {
    const current = normalizeProfile({ userID: 'u1', customFields: { constructor: 'c' } })
    const diff = diffPatch(current, { customFields: KEYS })
    expect(own(diff.customFields ?? {})).toEqual([
      ['__proto__', 'p'],
      ['prototype', 't'],
      ['toString', 's'],
    ])
  })

  it('validatePatch accepts them as custom keys, rejects them where undeclared, and rejects them as top-level keys', () => {
    expect(validatePatch({ customFields: KEYS })).toEqual([])
    const declared = { customFields: [{ key: 'team', type: 'text' as const }] }
    expect(validatePatch({ customFields: KEYS }, declared).map((issue) => [issue.field, issue.rule])).toEqual(
      [
        ['customFields.__proto__', 'unknownField'],
        ['customFields.constructor', 'unknownField'],
        ['customFields.prototype', 'unknownField'],
        ['customFields.toString', 'unknownField'],
      ],
    )
    const topLevel = JSON.parse('{"__proto__": {"nick": "x"}, "constructor": "x", "prototype": "x"}')
    expect(validatePatch(topLevel).map((issue) => [issue.field, issue.rule])).toEqual([
      ['__proto__', 'unknownField'],
      ['constructor', 'unknownField'],
      ['prototype', 'unknownField'],
    ])
  })
})

describe('__proto__, constructor and prototype survive the cache, hooks, updates and hydration', () => {
  function Fields({ id }: { id: string }) {
    const { data } = useUserProfile(id)
    return <p>{data ? own(data.customFields).flat().join(',') : 'loading'}</p>
  }

  const seed = () =>
    createMemoryAdapter({
      me: { userID: 'me', customFields: KEYS },
      profiles: [{ userID: 'u1', customFields: KEYS }],
    })

  it('shows them through useUserProfile (TanStack structural sharing would drop __proto__)', async () => {
    render(
      <ProfileProvider adapter={seed()} queryClient={new QueryClient()}>
        <Fields id="u1" />
      </ProfileProvider>,
    )
    expect(await screen.findByText('__proto__,p,constructor,c,prototype,t,toString,s')).toBeInTheDocument()
  })

  it('applies change events and updates that set or remove them', async () => {
    const adapter = seed()
    const { result } = renderMyProfileAndUpdate(adapter, { eventCoalesceMs: 0 })
    await waitFor(() => expect(result.current.me.data).toBeDefined())
    const fields = () => own((result.current.me.data as Profile).customFields)
    expect(fields()).toEqual(EXPECTED)

    await act(async () => {
      await result.current.update.mutateAsync({
        customFields: JSON.parse('{"__proto__": "updated", "constructor": null}'),
      })
    })
    expect(fields()).toEqual([
      ['__proto__', 'updated'],
      ['prototype', 't'],
      ['toString', 's'],
    ])
    expect(own(adapter.getStored('me')?.customFields ?? {})).toEqual(fields())

    act(
      () => void adapter.simulateRemoteChange('me', { customFields: JSON.parse('{"prototype": "remote"}') }),
    )
    await waitFor(() => expect(fields()).toContainEqual(['prototype', 'remote']))
    expect(Object.getPrototypeOf((result.current.me.data as Profile).customFields)).toBe(Object.prototype)
  })

  it('keeps them through dehydrate, JSON and hydrate', async () => {
    const server = new QueryClient()
    await prefetchUserProfiles(server, seed(), ['u1'])
    const wire = JSON.parse(JSON.stringify(dehydrate(server)))
    const browser = new QueryClient()
    hydrate(browser, wire)
    render(
      <ProfileProvider adapter={createMemoryAdapter({ me: { userID: 'me' } })} queryClient={browser}>
        <Fields id="u1" />
      </ProfileProvider>,
    )
    expect(screen.getByText('__proto__,p,constructor,c,prototype,t,toString,s')).toBeInTheDocument()
  })
})
