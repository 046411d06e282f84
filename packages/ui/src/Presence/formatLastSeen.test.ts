import { describe, expect, it } from 'vitest'
import { formatLastSeen } from './formatLastSeen'

const NOW = Date.parse('2026-12-03T09:00:00Z')
const ago = (ms: number) => NOW - ms
const MINUTE = 60_000

describe('formatLastSeen', () => {
  it('says how long ago in the largest whole unit, in the locale', () => {
    expect(formatLastSeen(ago(5 * MINUTE), NOW, 'en')).toBe('5 minutes ago')
    expect(formatLastSeen(ago(59 * MINUTE + 59_000), NOW, 'en')).toBe('59 minutes ago')
    expect(formatLastSeen(ago(60 * MINUTE), NOW, 'en')).toBe('1 hour ago')
    expect(formatLastSeen(ago(26 * 60 * MINUTE), NOW, 'en')).toBe('yesterday')
    expect(formatLastSeen(ago(3 * 24 * 60 * MINUTE), NOW, 'en')).toBe('3 days ago')
    expect(formatLastSeen(ago(15 * 24 * 60 * MINUTE), NOW, 'en')).toBe('2 weeks ago')
    expect(formatLastSeen(ago(400 * 24 * 60 * MINUTE), NOW, 'en')).toBe('last year')
    expect(formatLastSeen(ago(5 * MINUTE), NOW, 'zh-CN')).toBe('5分钟前')
    expect(formatLastSeen(ago(26 * 60 * MINUTE), NOW, 'zh-CN')).toBe('昨天')
  })

  it('has no words for less than a minute or a time in the future (a skewed clock)', () => {
    expect(formatLastSeen(ago(59_000), NOW, 'en')).toBeUndefined()
    expect(formatLastSeen(NOW + 10 * MINUTE, NOW, 'en')).toBeUndefined()
  })

  it('falls back to the default language for a locale tag the runtime rejects', () => {
    expect(formatLastSeen(ago(5 * MINUTE), NOW, 'not a locale!')).toMatch(/5/)
  })
})
