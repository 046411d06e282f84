import { describe, expect, it } from 'vitest'
import { applyPatch } from '../model/applyPatch'
import { normalizeProfile } from '../model/normalizeProfile'
import { validatePatch } from '../validation/validatePatch'

const MEGABYTE = 'x'.repeat(1024 * 1024)
const MARKUP = '<img src=x onerror="alert(1)"><script>alert(document.cookie)</script>&amp;'
const LONE_SURROGATES = 'a\ud800b\udfffc\ud83d'
const BIDI = '\u202egnp.exe\u202c \u2066evil\u2069 \u200f'
const TEXT_FIELDS = ['nick', 'selfSignature', 'location', 'phone'] as const

describe('hostile text is kept verbatim by the model: the UI renders it as text', () => {
  it.each([
    ['HTML and script', MARKUP],
    ['lone surrogates', LONE_SURROGATES],
    ['bidi overrides and isolates', BIDI],
    ['NUL and control characters', 'a\u0000b\u001bc\u007f'],
  ])('normalizeProfile and applyPatch keep %s in every text field, unchanged', (_, text) => {
    const raw = Object.fromEntries(TEXT_FIELDS.map((field) => [field, text]))
    const profile = normalizeProfile({ userID: 'u1', ...raw, customFields: { note: text } })
    for (const field of TEXT_FIELDS) expect(profile[field], field).toBe(text)
    expect(profile.customFields.note).toBe(text)
    const patched = applyPatch(normalizeProfile({ userID: 'u1' }), { ...raw, customFields: { note: text } })
    expect(patched).toEqual(profile)
  })

  it('validatePatch accepts markup, bidi characters and lone surrogates as text: escaping is the renderer’s job', () => {
    for (const text of [MARKUP, BIDI, LONE_SURROGATES]) {
      expect(
        validatePatch({ nick: text, selfSignature: text, location: text, customFields: { note: text } }),
      ).toEqual([])
    }
  })

  it('normalizeProfile keeps a 1 MB value whole', () => {
    const profile = normalizeProfile({ userID: 'u1', nick: MEGABYTE, customFields: { bio: MEGABYTE } })
    expect(profile.nick.length).toBe(MEGABYTE.length)
    expect(profile.customFields.bio?.length).toBe(MEGABYTE.length)
  })
})

describe('1 MB strings are rejected wherever the schema sets a limit', () => {
  const schema = {
    fields: {
      nick: { maxLength: 64 },
      selfSignature: { maxBytes: 500 },
      location: { maxBytes: 16 },
      phone: { maxLength: 32 },
    },
    customFields: [{ key: 'bio', type: 'textarea' as const, maxBytes: 1000 }],
  }

  it('fails every limited field with its rule and limit, without an adapter call', () => {
    const patch = {
      nick: MEGABYTE,
      selfSignature: MEGABYTE,
      location: MEGABYTE,
      phone: MEGABYTE,
      customFields: { bio: MEGABYTE },
    }
    expect(validatePatch(patch, schema).map(({ field, rule, limit }) => ({ field, rule, limit }))).toEqual([
      { field: 'nick', rule: 'maxLength', limit: 64 },
      { field: 'selfSignature', rule: 'maxBytes', limit: 500 },
      { field: 'location', rule: 'maxBytes', limit: 16 },
      { field: 'phone', rule: 'maxLength', limit: 32 },
      { field: 'customFields.bio', rule: 'maxBytes', limit: 1000 },
    ])
  })

  it('accepts them where the adapter declares no limit (the default schema has none): limits are the adapter’s to declare', () => {
    expect(validatePatch({ nick: MEGABYTE, customFields: { bio: MEGABYTE } })).toEqual([])
  })

  it('counts a lone surrogate as the 3 bytes an encoder writes for it, so byte limits hold for invalid UTF-16', () => {
    const six = '\ud800'.repeat(6) // 18 bytes once encoded as U+FFFD
    expect(new TextEncoder().encode(six).length).toBe(18)
    expect(validatePatch({ location: six }, { fields: { location: { maxBytes: 18 } } })).toEqual([])
    expect(validatePatch({ location: six }, { fields: { location: { maxBytes: 17 } } })).toMatchObject([
      { field: 'location', rule: 'maxBytes' },
    ])
  })
})
