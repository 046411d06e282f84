import { describe, expect, it } from 'vitest'
import { safeImageUrl } from './safeImageUrl'

describe('safeImageUrl', () => {
  it.each([
    ['https://cdn.example.com/a.png', 'https://cdn.example.com/a.png'],
    ['http://example.com/a.png', 'http://example.com/a.png'],
    ['  HTTPS://CDN.example.com/a.png\n', 'https://cdn.example.com/a.png'],
    ['data:image/png;base64,iVBORw0KGgo=', 'data:image/png;base64,iVBORw0KGgo='],
    ['DATA:IMAGE/svg+xml,<svg/>', 'data:IMAGE/svg+xml,<svg/>'],
    ['blob:https://example.com/9c1a', 'blob:https://example.com/9c1a'],
  ])('lets %j through', (input, expected) => {
    expect(safeImageUrl(input)).toBe(expected)
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' \u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:,hello',
    '//evil.example.com/a.png',
    '/relative/a.png',
    'a.png',
    'file:///etc/passwd',
    'ftp://example.com/a.png',
    'https://exa\u0000mple.com/a.png',
    '',
    '   ',
  ])('refuses %j', (input) => {
    expect(safeImageUrl(input)).toBeUndefined()
  })

  it('refuses what is not a string', () => {
    expect(safeImageUrl(undefined)).toBeUndefined()
    expect(safeImageUrl(42)).toBeUndefined()
    expect(safeImageUrl({ toString: () => 'https://x.test/a.png' })).toBeUndefined()
  })
})
