import { describe, expect, it } from 'vitest'
import { createMemoryAdapter } from '../memory/createMemoryAdapter'
import { validatePatch } from '../validation/validatePatch'

/**
 * Avatar URLs an attacker may type into a profile: script schemes in any case, padded with
 * whitespace or control characters, split by tabs and newlines (URL parsers drop them), HTML and
 * SVG in data URLs, protocol-relative and backslash hosts, bidi tricks and credentials.
 */
const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'javascript:alert(1)//https://cdn.example.com/a.png',
  '  javascript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u0001\u001fjavascript:alert(1)',
  '\u00a0javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'javascript&colon;alert(1)',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:TEXT/HTML,<script>alert(1)</script>',
  'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
  '//evil.example/a.png',
  '\\\\evil.example\\a.png',
  '/\\evil.example/a.png',
  'https:evil.example/a.png',
  'https:\\\\evil.example/a.png',
  ' https://cdn.example.com/a.png',
  'https://cdn.example.com/a.png\n',
  '\u202ehttps://cdn.example.com/gnp.png',
  'https://cdn.example.com/\u202egnp.exe',
  'https://\u200bcdn.example.com/a.png',
  'https://user:secret@cdn.example.com/a.png',
  'https://cdn.example.com@evil.example/a.png',
  'file:///etc/passwd',
  'ftp://cdn.example.com/a.png',
  'blob:https://cdn.example.com/3f1c',
  'about:blank',
  'https://',
]

describe('hostile avatar URLs are rejected before any I/O', () => {
  it.each(HOSTILE_URLS)('validatePatch rejects avatar %j with rule url', (avatar) => {
    expect(validatePatch({ avatar })).toEqual([
      {
        field: 'avatar',
        rule: 'url',
        message: 'Avatar URL must be a web address starting with http:// or https://.',
      },
    ])
  })

  it.each(HOSTILE_URLS)('validatePatch rejects %j in a custom field of type url', (value) => {
    const schema = { customFields: [{ key: 'website', label: 'Website', type: 'url' as const }] }
    expect(validatePatch({ customFields: { website: value } }, schema)).toMatchObject([
      { field: 'customFields.website', rule: 'url' },
    ])
  })

  it('lets plain http and https URLs through, and the empty string that clears the avatar', () => {
    for (const avatar of ['https://cdn.example.com/a.png', 'HTTP://CDN.EXAMPLE.COM/A.PNG', '']) {
      expect(validatePatch({ avatar }), avatar).toEqual([])
    }
  })

  it('makes the memory backend refuse them too, so the demo cannot store one', async () => {
    const adapter = createMemoryAdapter({ me: { userID: 'me' } })
    for (const avatar of HOSTILE_URLS) {
      await expect(adapter.updateMyProfile({ avatar }), avatar).rejects.toMatchObject({
        code: 'invalid_argument',
        field: 'avatar',
      })
    }
    expect(adapter.getStored('me')?.avatar).toBe('')
  })
})
