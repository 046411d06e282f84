import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isProfileError, validatePatch, type ProfilePatch } from '@profile-kit/core/vanilla'
import { createNimAdapter } from './createNimAdapter'
import { createNimSchema } from './createNimSchema'
import { createNimFakeServer, type NimFakeServer } from './testing/createNimFakeServer'
import { loadNimSdk, type NimSdk } from './testing/loadNimSdk'
import { toNimPatch } from './toNimPatch'

/** Pieces whose UTF-16 and UTF-8 sizes differ: CJK, emoji, combining marks, lone surrogates. */
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
    '"',
  ),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
  fc.string({ unit: 'binary', maxLength: 3 }),
)
/** From empty to well past NetEase's limits, clustered around them. */
const text = (maxRepeat: number) =>
  fc
    .tuple(fc.array(piece, { maxLength: 8 }), fc.integer({ min: 0, max: maxRepeat }))
    .map(([parts, repeat]) =>
      parts.join('').repeat(Math.max(1, Math.floor(repeat / Math.max(1, parts.length)))),
    )

let sdk: NimSdk
let server: NimFakeServer
beforeAll(async () => {
  sdk = await loadNimSdk()
  server = createNimFakeServer(sdk, { users: [{ accountId: 'me', serverExtension: '{"theme":"dark"}' }] })
  await server.login('me')
})
afterAll(async () => {
  await server.logout()
  sdk.restore()
})

/** Does the real SDK, with the fake server's limits, store these params, or reject them as too long (414)? */
async function nimAccepts(patch: ProfilePatch): Promise<boolean> {
  try {
    await server.nim.V2NIMUserService.updateSelfUserProfile(toNimPatch(patch))
    return true
  } catch (error) {
    expect(error).toMatchObject({ code: 414 })
    return false
  }
}

describe('validation counts like NetEase IM (property)', () => {
  const schema = createNimSchema()

  it.each([
    ['nick', 40],
    ['selfSignature', 150],
    ['phone', 25],
  ] as const)(
    'validatePatch accepts %s exactly when the SDK stores it (UTF-16 units)',
    async (field, maxRepeat) => {
      const seen = { accepted: 0, rejected: 0 }
      await fc.assert(
        fc.asyncProperty(text(maxRepeat), async (value) => {
          const valid = validatePatch({ [field]: value }, schema).length === 0
          expect(valid, JSON.stringify(value)).toBe(await nimAccepts({ [field]: value }))
          seen[valid ? 'accepted' : 'rejected']++
        }),
        { seed: 2468, numRuns: 300 },
      )
      // The values straddled the limit: both outcomes were checked.
      expect(seen.accepted).toBeGreaterThan(30)
      expect(seen.rejected).toBeGreaterThan(30)
    },
  )

  it('custom values that pass validation are saved, or refused as invalid_argument before the SDK is called; never a raw SDK error', async () => {
    const outcomes = { saved: 0, refusedByKit: 0 }
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom('bio', 'team', '__proto__', '备注'), text(400)), { maxLength: 4 }),
        async (entries) => {
          const customFields = Object.fromEntries(entries.filter(([, value]) => value !== ''))
          fc.pre(validatePatch({ customFields }, schema).length === 0)
          await server.remoteUpdate('me', { serverExtension: '{"theme":"dark"}' }, { notify: false })
          const writesBefore = countWrites(server)
          let saved = false
          try {
            await createNimAdapter(server.nim).updateMyProfile({ customFields })
            saved = true
          } catch (error) {
            expect(isProfileError(error) && error.code === 'invalid_argument', String(error)).toBe(true)
          }
          outcomes[saved ? 'saved' : 'refusedByKit']++
          const writes = countWrites(server) - writesBefore
          expect(writes).toBe(saved && Object.keys(customFields).length > 0 ? 1 : 0)
        },
      ),
      { seed: 1357, numRuns: 200 },
    )
    expect(outcomes.saved).toBeGreaterThan(20)
    expect(outcomes.refusedByKit).toBeGreaterThan(20)
  })
})

function countWrites({ requests }: NimFakeServer): number {
  return requests.filter((request) => request.cmd === 'v2UpdateSelfUserProfile').length
}
