import { describe, expect, it } from 'vitest'
import type { CustomFieldDefinition } from '../model/schema'
import { validateCustomValue } from './valueIssue'

const rule = (definition: CustomFieldDefinition, value: string | null) =>
  validateCustomValue(definition, value)?.rule

describe('validateCustomValue', () => {
  it('accepts no value unless the field is required, and names the field in a user-facing message', () => {
    expect(validateCustomValue({ key: 'team', type: 'text' }, null)).toBeUndefined()
    expect(validateCustomValue({ key: 'team', type: 'text' }, '')).toBeUndefined()
    expect(validateCustomValue({ key: 'team', label: 'Team', type: 'text', required: true }, '')).toEqual({
      field: 'customFields.team',
      rule: 'required',
      message: 'Team is required.',
    })
    expect(rule({ key: 'team', type: 'select', options: [{ value: 'a' }], required: true }, null)).toBe(
      'required',
    )
  })

  it('counts text length in UTF-16 units and bytes in UTF-8', () => {
    const nick: CustomFieldDefinition = {
      key: 'alias',
      label: 'Alias',
      type: 'text',
      maxLength: 4,
      maxBytes: 8,
    }
    expect(rule(nick, '👍🏽')).toBeUndefined() // 4 units, 8 bytes
    expect(rule(nick, '👍🏽!')).toBe('maxLength') // 5 units
    expect(rule(nick, '你好吗')).toBe('maxBytes') // 3 units, 9 bytes
    expect(rule(nick, 'e\u0301e\u0301')).toBeUndefined() // 4 units, 6 bytes
    expect(validateCustomValue(nick, '你好吗')).toMatchObject({
      limit: 8,
      message: 'Alias is too long: at most 8 bytes (a Chinese character takes 3, most emoji 4).',
    })
  })

  it('anchors the pattern as HTML does and supports Unicode property escapes', () => {
    const code: CustomFieldDefinition = { key: 'code', type: 'text', pattern: '[A-Z]{3}|\\d{3}' }
    expect(rule(code, 'ABC')).toBeUndefined()
    expect(rule(code, '123')).toBeUndefined()
    expect(rule(code, 'ABC1')).toBe('pattern')
    expect(rule(code, 'xABC')).toBe('pattern')
    expect(rule({ key: 'han', type: 'textarea', pattern: '\\p{Script=Han}+' }, '你好')).toBeUndefined()
    expect(rule({ key: 'slug', type: 'text', pattern: '[\\w-]+' }, 'a-b')).toBeUndefined() // u-only syntax
  })

  it('ignores an invalid pattern instead of throwing', () => {
    expect(rule({ key: 'x', type: 'text', pattern: '(' }, 'anything')).toBeUndefined()
  })

  it('accepts decimal numbers within min and max', () => {
    const age: CustomFieldDefinition = { key: 'age', label: 'Age', type: 'number', min: 13, max: 120 }
    expect(rule(age, '42')).toBeUndefined()
    expect(rule(age, '13.5')).toBeUndefined()
    expect(rule(age, '-0.5')).toBe('min')
    expect(validateCustomValue(age, '9')).toEqual({
      field: 'customFields.age',
      rule: 'min',
      limit: 13,
      message: 'Age must be at least 13.',
    })
    expect(validateCustomValue(age, '1e3')).toMatchObject({ rule: 'max', limit: 120 })
    for (const bad of ['abc', '0x10', '+5', '5.', ' 5', 'Infinity', 'NaN', '1e999'])
      expect(rule(age, bad)).toBe('number')
  })

  it('accepts only the options of a select', () => {
    const team: CustomFieldDefinition = {
      key: 'team',
      label: 'Team',
      type: 'select',
      options: [{ value: 'core' }, { value: 'web' }],
    }
    expect(rule(team, 'web')).toBeUndefined()
    expect(validateCustomValue(team, 'Web')).toMatchObject({
      rule: 'enum',
      message: 'Team must be one of core, web.',
    })
  })

  it('accepts real YYYY-MM-DD dates', () => {
    const joined: CustomFieldDefinition = { key: 'joined', type: 'date' }
    expect(rule(joined, '2024-02-29')).toBeUndefined()
    for (const bad of ['2023-02-29', '2024-2-1', '2024/02/01', '2024-02-01T00:00'])
      expect(rule(joined, bad)).toBe('date')
  })

  it('accepts only http and https URLs', () => {
    const site: CustomFieldDefinition = { key: 'site', type: 'url' }
    expect(rule(site, 'https://example.com/me')).toBeUndefined()
    expect(rule(site, 'javascript:alert(1)')).toBe('url')
    expect(rule(site, 'ftp://example.com')).toBe('url')
  })

  it('accepts plausible email addresses', () => {
    const mail: CustomFieldDefinition = { key: 'work', type: 'email' }
    expect(rule(mail, 'ada@example.com')).toBeUndefined()
    expect(rule(mail, 'ada@example')).toBe('email')
  })

  it("accepts only 'true' and 'false' for booleans", () => {
    const vip: CustomFieldDefinition = { key: 'vip', type: 'boolean' }
    expect(rule(vip, 'true')).toBeUndefined()
    expect(rule(vip, 'false')).toBeUndefined()
    expect(rule(vip, 'yes')).toBe('boolean')
    expect(rule(vip, 'TRUE')).toBe('boolean')
  })

  it('uses the key when the definition has no label', () => {
    expect(validateCustomValue({ key: 'team', type: 'text', required: true }, null)?.message).toBe(
      'team is required.',
    )
  })
})
