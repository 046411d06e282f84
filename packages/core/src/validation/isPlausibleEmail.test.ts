import { describe, expect, it } from 'vitest'
import { isPlausibleEmail } from './isPlausibleEmail'

describe('isPlausibleEmail', () => {
  it.each(['ada@example.com', 'a.b+tag@mail.example.co.uk', '用户@例子.中国', "o'brien@example.ie"])(
    'accepts %s',
    (email) => {
      expect(isPlausibleEmail(email)).toBe(true)
    },
  )

  it.each([
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
  ])('rejects %j', (email) => {
    expect(isPlausibleEmail(email)).toBe(false)
  })
})
