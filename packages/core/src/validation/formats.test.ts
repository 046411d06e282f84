import { describe, expect, it } from 'vitest'
import { isHttpUrl, isPlausibleEmail } from './formats'

describe.each([
  {
    check: isHttpUrl,
    accepts: [
      'https://cdn.example.com/a.png',
      'http://example.com',
      'HTTPS://EXAMPLE.COM/x?y=1#z',
      'https://例子.中国/头像.png',
      'https://127.0.0.1:8080/a',
    ],
    rejects: [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\nscript:alert(1)',
      ' https://example.com',
      'https://example.com ',
      'https://exa\tmple.com',
      'https://example.com/\u0000',
      'https://example.com/\u202egnp.exe',
      'https://\u200bexample.com',
      'data:image/png;base64,AAAA',
      'blob:https://example.com/1',
      '//example.com/a.png',
      '/a.png',
      'https:example.com',
      'https:///example.com',
      'https:\\\\example.com',
      'https://user:pass@example.com/',
      'https://trusted.com@evil.com/',
      'ftp://example.com/a.png',
      'https://',
      '',
    ],
  },
  {
    check: isPlausibleEmail,
    accepts: ['ada@example.com', 'a.b+tag@mail.example.co.uk', '用户@例子.中国', "o'brien@example.ie"],
    rejects: [
      'ada',
      '@example.com',
      'ada@',
      'ada@example',
      'ada@@example.com',
      'ada@example..com',
      'ada@-example.com',
      '.ada@example.com',
      'a..b@example.com',
      'ada @example.com',
      'ada@exa mple.com',
      'ada@example.com\n',
      '<ada>@example.com',
      `${'a'.repeat(65)}@example.com`,
      `ada@${'a'.repeat(250)}.com`,
    ],
  },
])('$check.name', ({ check, accepts, rejects }) => {
  it.each(accepts)('accepts %j', (value) => {
    expect(check(value)).toBe(true)
  })

  it.each(rejects)('rejects %j', (value) => {
    expect(check(value)).toBe(false)
  })
})
