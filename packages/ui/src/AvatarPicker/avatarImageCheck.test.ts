import { describe, expect, it } from 'vitest'
import { AvatarImageError, checkAvatarImage, sniffImageType } from './avatarImageCheck'

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(
    parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)),
  )

describe('sniffImageType', () => {
  it.each([
    ['image/jpeg', bytes([0xff, 0xd8, 0xff, 0xe1])],
    ['image/png', bytes('\x89PNG\r\n\x1a\n')],
    ['image/gif', bytes('GIF89a')],
    ['image/gif', bytes('GIF87a')],
    ['image/webp', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 ')],
    ['image/avif', bytes([0, 0, 0, 28], 'ftypavif')],
    ['image/heic', bytes([0, 0, 0, 24], 'ftypheic')],
    ['image/heif', bytes([0, 0, 0, 24], 'ftypmif1')],
  ])('reads %s from the first bytes', (type, head) => {
    expect(sniffImageType(head)).toBe(type)
  })

  it.each([
    ['text', bytes('This is a text file')],
    ['a video', bytes([0, 0, 0, 24], 'ftypmp42')],
    ['a RIFF that is not WebP', bytes('RIFF', [1, 2, 3, 4], 'WAVE')],
    ['nothing', bytes()],
  ])('knows no image in %s', (_, head) => {
    expect(sniffImageType(head)).toBeUndefined()
  })
})

describe('checkAvatarImage', () => {
  it('takes a readable image within the limit, by content', async () => {
    const png = new Blob([bytes('\x89PNG\r\n\x1a\n', [0, 0, 0, 13])], { type: 'text/plain' })
    await expect(checkAvatarImage(png, 100)).resolves.toBe('image/png')
  })

  it('refuses a file over the limit before reading it, as too_large on avatar', async () => {
    const big = new Blob([new Uint8Array(101)])
    const error = await checkAvatarImage(big, 100).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(AvatarImageError)
    expect(error).toMatchObject({ code: 'invalid_argument', field: 'avatar', problem: 'too_large' })
  })

  it('refuses AVIF and HEIC photos by name of their format', async () => {
    const avif = new Blob([bytes([0, 0, 0, 28], 'ftypavif')], { type: 'image/jpeg' })
    await expect(checkAvatarImage(avif, 100)).rejects.toMatchObject({
      problem: 'unsupported_type',
      detectedType: 'image/avif',
    })
  })
})
