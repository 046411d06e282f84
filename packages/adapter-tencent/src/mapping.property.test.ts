import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ALLOW_TYPES,
  GENDERS,
  normalizeProfile,
  utf8ByteLength,
  validatePatch,
  type Profile,
  type ProfilePatch,
} from '@profile-kit/core/vanilla'
import { createTencentSchema } from './createTencentSchema'
import { normalizeTencentProfile } from './normalizeTencentProfile'
import { createTencentChatDouble } from './testing/createTencentChatDouble'
import { toTencentPatch } from './toTencentPatch'
import type { TencentProfile } from './tencentTypes'

/** Text as people type it: ASCII, CJK, emoji sequences, combining marks, RTL scripts. */
const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.constantFrom('你好', '浙江省杭州市', '👍🏽', '👨‍👩‍👧', '🇫🇷', 'e\u0301', 'ñ', 'مرحبا', ' ', '<b>&amp;</b>'),
)
const text = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''))
const within = (limits: { maxLength?: number; maxBytes?: number }) =>
  text.filter(
    (value) =>
      value.length <= (limits.maxLength ?? Infinity) &&
      utf8ByteLength(value) <= (limits.maxBytes ?? Infinity),
  )
const isoDate = fc
  .date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10))

/**
 * A profile Tencent Cloud Chat can hold (its README's limits and lossy points): no email or phone;
 * nick at most 250 UTF-16 units and 500 bytes; selfSignature and avatar 500 bytes, avatar an
 * http(s) URL; location 16 bytes; birthday '' or a date from year 1000 (stored as YYYYMMDD);
 * language, level and role uint32; custom keys of letters, digits and _ (8 at most), values of at
 * most 500 bytes (an empty value reads as absent, so none is generated).
 */
const representable = fc.record({
  userID: fc.string({ minLength: 1, maxLength: 20 }).filter((id) => id.trim() !== ''),
  nick: within({ maxLength: 250, maxBytes: 500 }),
  avatar: fc.oneof(
    fc.constant(''),
    fc.webUrl({ withQueryParameters: true }).filter((url) => url.length <= 500),
  ),
  gender: fc.constantFrom(...GENDERS),
  selfSignature: within({ maxBytes: 500 }),
  birthday: fc.oneof(fc.constant(''), isoDate),
  location: within({ maxBytes: 16 }),
  allowType: fc.constantFrom(...ALLOW_TYPES),
  language: fc.nat({ max: 2 ** 32 - 1 }),
  level: fc.nat({ max: 2 ** 32 - 1 }),
  role: fc.nat({ max: 2 ** 32 - 1 }),
  customFields: fc.dictionary(
    fc.stringMatching(/^[A-Za-z0-9_]{1,8}$/),
    within({ maxBytes: 500 }).filter((value) => value !== ''),
    { maxKeys: 5, noNullPrototype: true },
  ),
})

const withoutStamp = (profile: Profile) => ({
  ...profile,
  customFields: { ...profile.customFields },
  updatedAt: 0,
})

describe('Tencent mapping round trip (property)', () => {
  it('every representable profile survives toTencentPatch, the SDK storing it, and normalizeTencentProfile', async () => {
    await fc.assert(
      fc.asyncProperty(representable, async (fields) => {
        const expected = normalizeProfile({ ...fields, email: '', phone: '' })
        const { userID, ...patch } = fields
        // The definition of "representable" is the kit's own validation against Tencent's schema.
        expect(validatePatch(patch, createTencentSchema())).toEqual([])

        const chat = createTencentChatDouble({ users: [{ userID }], now: () => 1_700_000_000_000 })
        chat.login(userID)
        await chat.updateMyProfile(toTencentPatch(patch as ProfilePatch))
        const { data } = await chat.getMyProfile()
        expect(withoutStamp(normalizeTencentProfile(data))).toEqual(withoutStamp(expected))
      }),
      { seed: 4242, numRuns: 300 },
    )
  })

  it('reads any SDK-shaped object with a userID as a complete, frozen profile, never throwing', () => {
    const sdkValue = fc.oneof(
      fc.anything(),
      fc.constantFrom('Gender_Type_Male', 'AllowType_Type_DenyAny', 19900102),
    )
    const sdkProfile = fc.record(
      {
        userID: fc.string({ minLength: 1 }).filter((id) => id.trim() !== ''),
        nick: sdkValue,
        avatar: sdkValue,
        gender: sdkValue,
        selfSignature: sdkValue,
        birthday: sdkValue,
        location: sdkValue,
        allowType: sdkValue,
        language: sdkValue,
        level: sdkValue,
        role: sdkValue,
        lastUpdatedTime: sdkValue,
        profileCustomField: fc.oneof(
          sdkValue,
          fc.array(
            fc.record({
              key: fc.oneof(fc.string(), fc.constant('Tag_Profile_Custom___proto__')),
              value: sdkValue,
            }),
          ),
        ),
      },
      { requiredKeys: ['userID'] },
    )
    fc.assert(
      fc.property(sdkProfile, (raw) => {
        const profile = normalizeTencentProfile(raw as Partial<TencentProfile>)
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
