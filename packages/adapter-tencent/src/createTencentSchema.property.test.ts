import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validatePatch, type ProfilePatch } from '@profile-kit/core/vanilla'
import { createTencentSchema } from './createTencentSchema'
import { createTencentChatDouble } from './testing/createTencentChatDouble'
import { toTencentPatch } from './toTencentPatch'

/** Pieces whose UTF-16 and UTF-8 sizes differ: CJK (1 unit, 3 bytes), emoji, combining marks, lone surrogates. */
const piece = fc.oneof(
  fc.constantFrom(
    'a',
    ' ',
    'é',
    'e\u0301',
    '你',
    '浙江省',
    '👍',
    '👍🏽',
    '👨‍👩‍👧',
    '🇫🇷',
    'ق',
    '\u0301',
    '\ud800',
    '\udfff',
  ),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
  fc.string({ unit: 'binary', maxLength: 3 }),
)
/** From empty to well past every Tencent limit (500 bytes), clustered around the limits. */
const text = fc
  .tuple(fc.array(piece, { maxLength: 12 }), fc.integer({ min: 0, max: 200 }))
  .map(([parts, repeat]) =>
    parts.join('').repeat(Math.max(1, Math.floor(repeat / Math.max(1, parts.length)))),
  )

/** Does the SDK (double) store `patch`, or reject it as too long (40601)? */
async function tencentAccepts(patch: ProfilePatch): Promise<boolean> {
  const chat = createTencentChatDouble({ users: [{ userID: 'me' }], customFieldKeys: ['note'] })
  chat.login('me')
  try {
    await chat.updateMyProfile(toTencentPatch(patch))
    return true
  } catch (error) {
    expect(error).toMatchObject({ code: 40601 })
    return false
  }
}

describe('validation counts like Tencent Cloud Chat (property)', () => {
  const schema = createTencentSchema([{ key: 'note', type: 'text' }])

  it.each(['nick', 'selfSignature', 'location'] as const)(
    'validatePatch accepts %s exactly when the SDK stores it (UTF-16 units and UTF-8 bytes)',
    async (field) => {
      const seen = { accepted: 0, rejected: 0 }
      await fc.assert(
        fc.asyncProperty(text, async (value) => {
          const valid = validatePatch({ [field]: value }, schema).length === 0
          expect(valid, JSON.stringify(value)).toBe(await tencentAccepts({ [field]: value }))
          seen[valid ? 'accepted' : 'rejected']++
        }),
        { seed: 1234, numRuns: 300 },
      )
      // The values straddled the limit: both outcomes were checked.
      expect(seen.accepted).toBeGreaterThan(30)
      expect(seen.rejected).toBeGreaterThan(30)
    },
  )

  it('validatePatch accepts a custom value exactly when the SDK stores it (500 bytes)', async () => {
    const seen = { accepted: 0, rejected: 0 }
    await fc.assert(
      fc.asyncProperty(
        text.filter((value) => value !== ''),
        async (value) => {
          const patch = { customFields: { note: value } }
          const valid = validatePatch(patch, schema).length === 0
          expect(valid, JSON.stringify(value)).toBe(await tencentAccepts(patch))
          seen[valid ? 'accepted' : 'rejected']++
        },
      ),
      { seed: 5678, numRuns: 300 },
    )
    expect(seen.accepted).toBeGreaterThan(30)
    expect(seen.rejected).toBeGreaterThan(30)
  })
})
