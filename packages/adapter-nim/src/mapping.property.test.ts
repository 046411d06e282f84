import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  GENDERS,
  isPlausibleEmail,
  normalizeProfile,
  utf8ByteLength,
  validatePatch,
  type Profile,
} from '@profile-kit/core/vanilla'
import { createNimSchema } from './createNimSchema'
import { mergeNimExtension } from './nimExtension'
import { NIM_EXTENSION_MAX_LENGTH } from './nimConstants'
import { normalizeNimProfile } from './normalizeNimProfile'
import { createNimFakeServer, type NimFakeServer } from './testing/createNimFakeServer'
import { loadNimSdk, type NimSdk } from './testing/loadNimSdk'
import { toNimPatch } from './toNimPatch'

/** Text as people type it: ASCII, CJK, emoji sequences, combining marks, RTL scripts. */
const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.constantFrom(
    '你好',
    '浙江省杭州市',
    '👍🏽',
    '👨‍👩‍👧',
    '🇫🇷',
    'e\u0301',
    'ñ',
    'مرحبا',
    ' ',
    '<b>&amp;</b>',
    '"\\',
  ),
)
const text = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''))
const within = (limits: { maxLength?: number; maxBytes?: number }) =>
  text.filter(
    (value) =>
      value.length <= (limits.maxLength ?? Infinity) &&
      utf8ByteLength(value) <= (limits.maxBytes ?? Infinity),
  )
const isoDate = fc
  .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10))
// Custom keys are any well-formed key (JSON holds them all), `__proto__` and friends included.
// eslint-disable-next-line no-control-regex -- control characters are what a custom key may not hold
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/
const customKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'team', '团队', 'a.b', 'a b'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }).filter((key) => !CONTROL.test(key)),
)

/**
 * A profile NetEase IM can hold (its README's limits and lossy points): no location, language,
 * level or role (they stay at the kit's defaults), allowType always `'allowAny'`; name 64 characters, sign 256, email
 * 64 (a plausible address), mobile 32, avatar an http(s) URL of at most 1,024 bytes, birthday ''
 * or a date; custom fields in the `serverExtension` JSON of at most 1,024 characters, values
 * non-empty (an empty value reads as absent).
 */
const representable = fc
  .record({
    nick: within({ maxLength: 64 }),
    avatar: fc.oneof(
      fc.constant(''),
      fc.webUrl({ withQueryParameters: true }).filter((url) => url.length <= 1024),
    ),
    gender: fc.constantFrom(...GENDERS),
    selfSignature: within({ maxLength: 256 }),
    birthday: fc.oneof(fc.constant(''), isoDate),
    email: fc.oneof(
      fc.constant(''),
      fc.emailAddress().filter((email) => email.length <= 64 && isPlausibleEmail(email)),
    ),
    phone: within({ maxLength: 32 }),
    customFields: fc
      .array(
        fc.tuple(
          customKey,
          text.filter((value) => value !== ''),
        ),
        { maxLength: 5 },
      )
      .map((entries) => Object.fromEntries(entries) as Record<string, string>),
  })
  .filter(({ customFields }) => JSON.stringify(customFields).length <= NIM_EXTENSION_MAX_LENGTH)

const withoutStamp = (profile: Profile) => ({
  ...profile,
  customFields: { ...profile.customFields },
  updatedAt: 0,
})

let sdk: NimSdk
let server: NimFakeServer
beforeAll(async () => {
  sdk = await loadNimSdk()
  server = createNimFakeServer(sdk, { users: [{ accountId: 'me' }], now: () => 1_700_000_000_000 })
  await server.login('me')
})
afterAll(async () => {
  await server.logout()
  sdk.restore()
})

describe('NetEase mapping round trip (property)', () => {
  it('every representable profile survives toNimPatch + mergeNimExtension, the real SDK and server storing it, and normalizeNimProfile', async () => {
    await fc.assert(
      fc.asyncProperty(representable, async (fields) => {
        // One logged-in account serves every run; only its fields vary.
        const userID = 'me'
        const expected = normalizeProfile({ ...fields, userID, allowType: 'allowAny' })
        const { customFields, ...standard } = fields
        // The definition of "representable" is the kit's own validation against NetEase's schema.
        expect(validatePatch({ ...standard, customFields }, createNimSchema())).toEqual([])

        server.replaceUser({ accountId: userID })
        const service = server.nim.V2NIMUserService
        const [stored] = await service.getUserListFromCloud([userID])
        await service.updateSelfUserProfile({
          ...toNimPatch(standard),
          serverExtension: mergeNimExtension(stored?.serverExtension, customFields),
        })
        const [user] = await service.getUserListFromCloud([userID])
        expect(withoutStamp(normalizeNimProfile(user))).toEqual(withoutStamp(expected))
      }),
      { seed: 4242, numRuns: 300 },
    )
  }, 20_000) // 300 round trips through the real SDK: about 3 s here, more on a busy machine

  it('keeps keys other clients stored in serverExtension, and never writes a prototype', () => {
    const other = fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 })
    fc.assert(
      fc.property(other, fc.dictionary(customKey, fc.oneof(fc.constant(null), text)), (theirs, patch) => {
        const stored = JSON.stringify(theirs)
        let merged: string
        try {
          merged = mergeNimExtension(stored, patch)
        } catch (error) {
          expect(error).toMatchObject({ code: 'invalid_argument', field: 'customFields' })
          return
        }
        const before = JSON.parse(stored) as Record<string, unknown>
        const result = JSON.parse(merged) as Record<string, unknown>
        for (const key of Object.keys(before)) {
          if (!Object.hasOwn(patch, key)) expect(result[key], key).toEqual(before[key])
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      }),
      { seed: 77, numRuns: 500 },
    )
  })

  it('reads any SDK-shaped object with an accountId as a complete, frozen profile, never throwing', () => {
    const sdkValue = fc.oneof(
      fc.anything(),
      fc.constantFrom(1, 2, '1990/01/02', '{"__proto__": {"polluted": 1}}'),
    )
    const sdkUser = fc.record(
      {
        accountId: fc.string({ minLength: 1 }).filter((id) => id.trim() !== ''),
        name: sdkValue,
        avatar: sdkValue,
        gender: sdkValue,
        sign: sdkValue,
        birthday: sdkValue,
        email: sdkValue,
        mobile: sdkValue,
        serverExtension: fc.oneof(sdkValue, fc.json()),
        updateTime: sdkValue,
      },
      { requiredKeys: ['accountId'] },
    )
    fc.assert(
      fc.property(sdkUser, (raw) => {
        const profile = normalizeNimProfile(raw)
        expect(Object.isFrozen(profile)).toBe(true)
        expect(Object.getPrototypeOf(profile.customFields)).toBe(Object.prototype)
        expect(typeof profile.nick).toBe('string')
        expect(Number.isFinite(profile.updatedAt)).toBe(true)
        for (const value of Object.values(profile.customFields)) expect(typeof value).toBe('string')
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      }),
      { seed: 99, numRuns: 500 },
    )
  })
})
