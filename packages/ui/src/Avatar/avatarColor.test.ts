import { describe, expect, it } from 'vitest'
import { AVATAR_PALETTE, avatarColor } from './avatarColor'

/** WCAG 2.x relative luminance of `#RRGGBB`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

describe('avatarColor', () => {
  it.each(AVATAR_PALETTE.map((c) => [c.background, c.foreground]))(
    '%s passes WCAG AA (4.5:1) against %s',
    (background, foreground) => {
      expect(contrast(background, foreground)).toBeGreaterThanOrEqual(4.5)
    },
  )

  it('gives a user the same colour every time', () => {
    expect(avatarColor('user-42')).toEqual(avatarColor('user-42'))
  })

  it('spreads users over the whole palette', () => {
    const used = new Set(Array.from({ length: 200 }, (_, i) => avatarColor(`user-${i}`).index))
    expect(used.size).toBe(AVATAR_PALETTE.length)
  })
})
