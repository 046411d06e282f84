import { describe, expect, it } from 'vitest'
import type { AvatarImageRule } from './AvatarUpload'
import { resolveAvatarImageRule } from './resolveAvatarImageRule'

describe('resolveAvatarImageRule', () => {
  it('fills in 512 px JPEG, 20 MB of input and no presets, keeping what the adapter set', () => {
    expect(resolveAvatarImageRule()).toEqual({
      size: 512,
      type: 'image/jpeg',
      maxInputBytes: 20 * 1024 * 1024,
      presets: [],
    })
    expect(resolveAvatarImageRule({ size: 256, type: 'image/webp', presets: ['https://a/1.png'] })).toEqual({
      size: 256,
      type: 'image/webp',
      maxInputBytes: 20 * 1024 * 1024,
      presets: ['https://a/1.png'],
    })
  })

  it.each<[unknown, string]>([
    [{ size: 0 }, 'avatarImage.size'],
    [{ size: 12.5 }, 'avatarImage.size'],
    [{ type: 'image/gif' }, 'avatarImage.type'],
    [{ maxInputBytes: -1 }, 'avatarImage.maxInputBytes'],
    [{ presets: 'https://a/1.png' }, 'avatarImage.presets'],
    [{ presets: [''] }, 'avatarImage.presets'],
  ])('names what to fix in %j', (rule, field) => {
    expect(() => resolveAvatarImageRule(rule as AvatarImageRule)).toThrow(
      expect.objectContaining({ code: 'invalid_argument', field }),
    )
  })
})
