import { describe, expect, it } from 'vitest'
import { ProfileError } from '../errors/ProfileError'
import { normalizeProfile } from '../model/normalizeProfile'
import { resolveSchema } from '../model/resolveSchema'
import type { ProfileSchema } from '../model/schema'
import { assertValidPatch, validatePatch } from './validatePatch'

/** Tencent-like: nick 250 units and 500 bytes, byte limits elsewhere, location 16 bytes. */
const tencentLike: ProfileSchema = {
  maxBatchSize: 100,
  fields: {
    nick: { maxLength: 250, maxBytes: 500 },
    avatar: { maxBytes: 500 },
    gender: {},
    selfSignature: { maxBytes: 500 },
    birthday: {},
    location: { maxBytes: 16 },
    allowType: {},
    messageSettings: {},
    adminForbidType: {},
    language: {},
    level: { editable: false },
    role: { editable: false },
  },
  customFields: [
    { key: 'team', label: 'Team', type: 'select', options: [{ value: 'core' }, { value: 'web' }] },
    { key: 'bio', label: 'Bio', type: 'textarea', maxBytes: 12, required: true },
  ],
}

/** NetEase IM-like: nickname up to 64 characters, email and phone stored, no friend policy. */
const neteaseLike: ProfileSchema = {
  fields: {
    nick: { maxLength: 64 },
    avatar: { maxLength: 1024 },
    gender: {},
    selfSignature: { maxLength: 256 },
    birthday: {},
    email: {},
    phone: { maxLength: 32 },
  },
}

const rules = (patch: unknown, schema?: ProfileSchema, current?: Parameters<typeof validatePatch>[2]) =>
  validatePatch(patch, schema, current).map(({ field, rule }) => `${field}:${rule}`)

describe('validatePatch', () => {
  it('accepts a valid patch', () => {
    expect(
      validatePatch(
        { nick: 'Ada', gender: 'female', birthday: '1990-12-10', customFields: { team: 'core' } },
        tencentLike,
      ),
    ).toEqual([])
    expect(validatePatch({ nick: '', avatar: '', email: '', birthday: '' })).toEqual([])
    expect(validatePatch({})).toEqual([])
  })

  it.each([null, 'nick', 42, ['nick'], new Map(), new Date()])('rejects %j as a whole patch', (patch) => {
    expect(validatePatch(patch)).toEqual([
      {
        field: '',
        rule: 'type',
        message: expect.stringMatching(/^A profile patch must be an object such as/),
      },
    ])
  })

  it('accepts null-prototype patches', () => {
    const patch = Object.assign(Object.create(null) as object, { nick: 'Ada' })
    expect(validatePatch(patch)).toEqual([])
  })

  it('rejects userID, updatedAt and unknown keys, including __proto__', () => {
    const patch = JSON.parse(
      '{"userID":"x","updatedAt":1,"nickname":"Ada","__proto__":{"nick":"x"}}',
    ) as unknown
    expect(rules(patch)).toEqual([
      'userID:notEditable',
      'updatedAt:notEditable',
      'nickname:unknownField',
      '__proto__:unknownField',
    ])
    expect(validatePatch({ nickname: 'Ada' })[0]?.message).toMatch(
      /^"nickname" is not a profile field; use nick, avatar, .* or customFields\.$/,
    )
  })

  it('rejects a standard field the backend does not store, saying so', () => {
    expect(validatePatch({ allowType: 'allowAny' }, neteaseLike)).toEqual([
      {
        field: 'allowType',
        rule: 'unknownField',
        message: 'Friend requests is not stored by this backend; remove it from the patch.',
      },
    ])
    expect(rules({ level: 1 })).toEqual(['level:unknownField']) // not among the nine default fields
  })

  it('rejects fields marked not editable', () => {
    expect(validatePatch({ level: 3 }, tencentLike)).toEqual([
      { field: 'level', rule: 'notEditable', message: 'Level cannot be changed; remove it from the patch.' },
    ])
  })

  it('checks types and enums', () => {
    expect(rules({ nick: 5, gender: 'F', allowType: null, selfSignature: ['x'] })).toEqual([
      'nick:type',
      'gender:enum',
      'allowType:enum',
      'selfSignature:type',
    ])
    expect(validatePatch({ gender: 'F' })[0]?.message).toBe('Gender must be one of unknown, female, male.')
  })

  it('checks messageSettings and adminForbidType against their values, where the backend stores them', () => {
    expect(rules({ messageSettings: 'doNotReceive', adminForbidType: 'sendOut' }, tencentLike)).toEqual([])
    expect(rules({ messageSettings: 1, adminForbidType: 'AdminForbid_Type_SendOut' }, tencentLike)).toEqual([
      'messageSettings:enum',
      'adminForbidType:enum',
    ])
    expect(validatePatch({ messageSettings: 'reject' }, tencentLike)[0]?.message).toBe(
      'Messages must be one of receive, doNotReceive.',
    )
    // Only some backends store them: not among the nine default fields, not in NetEase's.
    expect(rules({ messageSettings: 'receive' })).toEqual(['messageSettings:unknownField'])
    expect(rules({ adminForbidType: 'none' }, neteaseLike)).toEqual(['adminForbidType:unknownField'])
    const act = () => assertValidPatch({ adminForbidType: 'never' } as never, tencentLike)
    expect(act).toThrow(expect.objectContaining({ code: 'invalid_argument', field: 'adminForbidType' }))
  })

  it('requires whole numbers of 0 or more for language', () => {
    expect(rules({ language: '1' }, tencentLike)).toEqual(['language:type'])
    for (const language of [1.5, -1, NaN, Infinity])
      expect(rules({ language }, tencentLike)).toEqual(['language:number'])
    expect(rules({ language: 0 }, tencentLike)).toEqual([])
  })

  it('checks birthday dates, avatar URLs and email addresses', () => {
    expect(rules({ birthday: '2023-02-29', avatar: 'javascript:alert(1)', email: 'ada@' })).toEqual([
      'birthday:date',
      'avatar:url',
      'email:email',
    ])
    expect(rules({ avatar: 'data:image/png;base64,AAAA' })).toEqual(['avatar:url'])
    expect(rules({ avatar: '//cdn.example.com/a.png' })).toEqual(['avatar:url'])
    expect(rules({ avatar: 'https://cdn.example.com/a.png', email: 'ada@example.com' })).toEqual([])
  })

  describe('Tencent-like limits (nick 250 units + 500 bytes, location 16 bytes)', () => {
    it('counts a nickname in UTF-16 units first', () => {
      expect(rules({ nick: 'a'.repeat(250) }, tencentLike)).toEqual([])
      expect(validatePatch({ nick: 'a'.repeat(251) }, tencentLike)).toEqual([
        expect.objectContaining({ field: 'nick', rule: 'maxLength', limit: 250 }),
      ])
    })

    it('counts CJK and emoji in bytes', () => {
      expect(rules({ nick: '你'.repeat(166) }, tencentLike)).toEqual([]) // 498 bytes
      expect(validatePatch({ nick: '你'.repeat(167) }, tencentLike)).toEqual([
        expect.objectContaining({ field: 'nick', rule: 'maxBytes', limit: 500 }),
      ]) // 167 units, 501 bytes
      expect(rules({ nick: '👍🏽'.repeat(62) }, tencentLike)).toEqual([]) // 248 units, 496 bytes
      expect(rules({ nick: '👍🏽'.repeat(63) }, tencentLike)).toEqual(['nick:maxLength']) // 252 units
    })

    it('accepts 16 bytes of location and rejects 17', () => {
      expect(rules({ location: '浙江杭州西' }, tencentLike)).toEqual([]) // 15 bytes
      expect(rules({ location: '浙江杭州西x' }, tencentLike)).toEqual([]) // 16 bytes
      const [issue] = validatePatch({ location: '浙江省杭州' + 'xy' }, tencentLike) // 17 bytes
      expect(issue).toEqual({
        field: 'location',
        rule: 'maxBytes',
        limit: 16,
        message: 'Location is too long: at most 16 bytes (a Chinese character takes 3, most emoji 4).',
      })
      expect(rules({ location: 'Cafe\u0301 Zu\u0308rich!' }, tencentLike)).toEqual([]) // 16 bytes with combining marks
      expect(rules({ location: 'Cafe\u0301 Zu\u0308rich!!' }, tencentLike)).toEqual(['location:maxBytes'])
    })
  })

  describe('NetEase-like limits (nick 64 units)', () => {
    it('counts UTF-16 units, so an emoji takes two', () => {
      expect(rules({ nick: '你'.repeat(64) }, neteaseLike)).toEqual([])
      expect(rules({ nick: '👍'.repeat(32) }, neteaseLike)).toEqual([])
      expect(rules({ nick: '👍'.repeat(32) + 'a' }, neteaseLike)).toEqual(['nick:maxLength'])
      expect(validatePatch({ nick: 'x'.repeat(65) }, neteaseLike)[0]?.message).toBe(
        'Nickname can be at most 64 characters long (an emoji may count as 2).',
      )
    })
  })

  describe('customFields', () => {
    it('must be an object of strings or null', () => {
      expect(rules({ customFields: ['a'] })).toEqual(['customFields:type'])
      expect(rules({ customFields: { a: 1, b: true, c: null, d: 'x' } })).toEqual([
        'customFields.a:type',
        'customFields.b:type',
      ])
    })

    it('allows any well-formed key when the schema declares none', () => {
      expect(rules({ customFields: { anything: 'x' } })).toEqual([])
      const parsed = JSON.parse('{"customFields":{"__proto__":"x","constructor":"y"}}') as unknown
      expect(rules(parsed)).toEqual([])
    })

    it('rejects malformed keys', () => {
      expect(
        rules({ customFields: { '': 'x', ['k'.repeat(65)]: 'x', 'a\u0000b': 'x', ['k'.repeat(64)]: 'ok' } }),
      ).toEqual([
        'customFields.:customKey',
        `customFields.${'k'.repeat(65)}:customKey`,
        'customFields.a\u0000b:customKey',
      ])
    })

    it('rejects undeclared keys when the schema declares custom fields', () => {
      expect(validatePatch({ customFields: { pronouns: 'they' } }, tencentLike)).toEqual([
        {
          field: 'customFields.pronouns',
          rule: 'unknownField',
          message: 'The custom field "pronouns" is not stored by this backend; remove it from the patch.',
        },
      ])
    })

    it('checks values against their definitions', () => {
      expect(rules({ customFields: { team: 'ops', bio: '你好你好你' } }, tencentLike)).toEqual([
        'customFields.team:enum',
        'customFields.bio:maxBytes',
      ])
    })

    it('does not let a required custom field be removed, even when the profile has it', () => {
      const current = normalizeProfile({ userID: 'me', customFields: { bio: 'hi' } })
      expect(rules({ customFields: { bio: null } }, tencentLike, current)).toEqual([
        'customFields.bio:required',
      ])
      expect(rules({ customFields: { bio: '' } }, tencentLike, current)).toEqual([
        'customFields.bio:required',
      ])
    })
  })

  describe('with the current profile', () => {
    const current = normalizeProfile({
      userID: 'me',
      nick: 'x'.repeat(300),
      level: 2,
      customFields: { bio: '很长很长的简介' },
    })

    it('lets unchanged values pass even when they break a limit or are read-only', () => {
      expect(
        rules(
          { nick: current.nick, level: 2, customFields: { bio: current.customFields.bio ?? '' } },
          tencentLike,
          current,
        ),
      ).toEqual([])
      expect(rules({ nick: current.nick }, tencentLike)).toEqual(['nick:maxLength'])
    })

    it('still checks changed values and fields the backend does not store', () => {
      expect(rules({ level: 3, email: '' }, tencentLike, current)).toEqual([
        'level:notEditable',
        'email:unknownField',
      ])
    })
  })

  it('accepts a resolved schema and ignores undefined values', () => {
    expect(
      rules({ nick: undefined, location: 'x'.repeat(17) }, resolveSchema(tencentLike) as ProfileSchema),
    ).toEqual(['location:maxBytes'])
  })
})

describe('assertValidPatch', () => {
  it('throws the first issue as an invalid_argument ProfileError with its field', () => {
    const act = () => assertValidPatch({ nick: 'ok', location: '浙江省杭州市' }, tencentLike)
    expect(act).toThrow(ProfileError)
    expect(act).toThrow(
      expect.objectContaining({
        code: 'invalid_argument',
        field: 'location',
        message: expect.stringContaining('16 bytes'),
      }),
    )
  })

  it('returns quietly for a valid patch', () => {
    expect(() => assertValidPatch({ nick: 'Ada' }, tencentLike)).not.toThrow()
  })
})

describe('blob: avatars', () => {
  const inPage = { avatarObjectUrls: true }
  it('are taken only from a schema that declares avatarObjectUrls, and only blob: URLs of a web page or Node', () => {
    const url = 'blob:https://app.example.com/0f6a8c1e-2b7d-4a55-9e0c-5d1b2f3a4c5d'
    expect(validatePatch({ avatar: url })).toMatchObject([{ field: 'avatar', rule: 'url' }])
    expect(validatePatch({ avatar: url }, inPage)).toEqual([])
    expect(validatePatch({ avatar: 'blob:nodedata:0f6a8c1e' }, inPage)).toEqual([])
    for (const avatar of [
      'blob:javascript:alert(1)',
      'blob:data:text/html,x',
      'blob: https://a.example/1',
      'blob:null/1',
    ]) {
      expect(validatePatch({ avatar }, inPage), avatar).toMatchObject([{ field: 'avatar', rule: 'url' }])
    }
  })

  it('do not loosen custom url fields', () => {
    const schema = { ...inPage, customFields: [{ key: 'site', type: 'url' as const }] }
    expect(validatePatch({ customFields: { site: 'blob:https://a.example/1' } }, schema)).toMatchObject([
      { field: 'customFields.site', rule: 'url' },
    ])
  })
})
