import { describe, expect, it } from 'vitest'
import portraitUrl from '../../test-fixtures/avatars/portrait-exif6-gps.jpg?url'
import transparentUrl from '../../test-fixtures/avatars/transparent.png?url'
import notAPhotoUrl from '../../test-fixtures/avatars/not-a-photo.jpg?url'
import { AvatarImageError } from './avatarImageCheck'
import { prepareAvatarImage, renderInWorker } from './prepareAvatarImage'

const JPEG_512 = { size: 512, type: 'image/jpeg', maxInputBytes: 20_000_000 } as const
const TOP_SQUARE = { x: 0, y: 0, width: 64, height: 64 }

async function fixture(url: string, name: string, type: string): Promise<File> {
  const bytes = await (await fetch(url)).arrayBuffer()
  return new File([bytes], name, { type })
}

/** The RGBA of one pixel of an encoded image, and its size. */
async function pixels(blob: Blob) {
  const bitmap = await createImageBitmap(blob)
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
  const context = canvas.getContext('2d')!
  context.drawImage(bitmap, 0, 0)
  return {
    width: bitmap.width,
    height: bitmap.height,
    at: (x: number, y: number) => [...context.getImageData(x, y, 1, 1).data],
  }
}

const isRed = ([r, g, b]: number[]) => r! > 180 && g! < 60 && b! < 60
const isBlue = ([r, g, b]: number[]) => b! > 180 && r! < 60 && g! < 60

function contains(haystack: Uint8Array, needle: number[]): boolean {
  outer: for (let i = 0; i <= haystack.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer
    return true
  }
  return false
}
const EXIF = [...'Exif\0\0'].map((c) => c.charCodeAt(0))
const APP1 = [0xff, 0xe1]
const GPS_IFD_TAG = [0x88, 0x25] // GPSInfo pointer, big-endian as in the fixture

/** A noise PNG of `edge`² pixels, made here so no large file is committed; noise does not compress. */
async function noisePng(edge: number): Promise<File> {
  const canvas = new OffscreenCanvas(edge, edge)
  const context = canvas.getContext('2d')!
  const data = context.createImageData(edge, edge)
  crypto.getRandomValues(new Uint8Array(data.data.buffer, 0, 65_536)) // getRandomValues takes ≤ 64 KiB
  for (let i = 65_536; i < data.data.length; i += 65_536) data.data.copyWithin(i, 0, 65_536)
  for (let i = 0; i < data.data.length; i++) data.data[i] = (data.data[i]! * 31 + i) & 255
  context.putImageData(data, 0, 0)
  return new File([await canvas.convertToBlob({ type: 'image/png' })], 'huge.png', { type: 'image/png' })
}

describe('prepareAvatarImage in Chromium', () => {
  it.each([
    ['in a Worker', true],
    ['on the main thread', false],
  ])(
    'applies the EXIF orientation %s: the crop is taken from the upright photo',
    async (_, offMainThread) => {
      const portrait = await fixture(portraitUrl, 'portrait.jpg', 'image/jpeg')
      // The fixture is stored 96×64 (red left, blue right) with orientation 6: upright it is 64×96, red on top.
      const upright = await createImageBitmap(portrait, { imageOrientation: 'from-image' })
      expect([upright.width, upright.height]).toEqual([64, 96])

      const out = await pixels(await prepareAvatarImage(portrait, TOP_SQUARE, JPEG_512, { offMainThread }))
      expect([out.width, out.height]).toEqual([512, 512])
      // Upright, the top square is red over its top three quarters and blue in its last quarter.
      // Unrotated it would be red on the left and blue on the right: these two corners tell them apart.
      expect(out.at(480, 40)).toSatisfy(isRed)
      expect(out.at(40, 500)).toSatisfy(isBlue)
    },
  )

  it('really renders in a Worker where the browser has one', async () => {
    const portrait = await fixture(portraitUrl, 'portrait.jpg', 'image/jpeg')
    const fromWorker = await renderInWorker({
      image: portrait,
      crop: TOP_SQUARE,
      size: 64,
      type: 'image/png',
    })
    expect(fromWorker).toBeInstanceOf(Blob)
    expect((await pixels(fromWorker!)).at(60, 4)).toSatisfy(isRed)
  })

  it('leaves EXIF and GPS data behind: the output has no APP1 segment', async () => {
    const portrait = await fixture(portraitUrl, 'portrait.jpg', 'image/jpeg')
    const input = new Uint8Array(await portrait.arrayBuffer())
    expect(contains(input, EXIF) && contains(input, GPS_IFD_TAG)).toBe(true)

    const output = await prepareAvatarImage(portrait, TOP_SQUARE, JPEG_512)
    const bytes = new Uint8Array(await output.arrayBuffer())
    expect(output.type).toBe('image/jpeg')
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xd8])
    expect(contains(bytes, EXIF)).toBe(false)
    expect(contains(bytes, APP1)).toBe(false)
  })

  it('keeps transparency in PNG and puts it on white in JPEG', async () => {
    const png = await fixture(transparentUrl, 'transparent.png', 'image/png')
    const whole = { x: 0, y: 0, width: 64, height: 64 }
    const asPng = await pixels(await prepareAvatarImage(png, whole, { ...JPEG_512, type: 'image/png' }))
    expect(asPng.at(10, 10)[3]).toBe(0)
    expect(asPng.at(256, 256)).toEqual([0, 160, 0, 255])
    const asJpeg = await pixels(await prepareAvatarImage(png, whole, JPEG_512))
    expect(
      asJpeg
        .at(10, 10)
        .slice(0, 3)
        .every((channel) => channel > 245),
    ).toBe(true)
  })

  it('refuses a file that only claims to be a JPEG, and formats it cannot read, by content', async () => {
    const liar = await fixture(notAPhotoUrl, 'not-a-photo.jpg', 'image/jpeg')
    const refused = await prepareAvatarImage(liar, TOP_SQUARE, JPEG_512).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(AvatarImageError)
    expect(refused).toMatchObject({ code: 'invalid_argument', field: 'avatar', problem: 'unsupported_type' })

    const heicHead = new Uint8Array([0, 0, 0, 24, ...[...'ftypheic'].map((c) => c.charCodeAt(0)), 0, 0, 0, 0])
    const heic = new File([heicHead], 'IMG_0001.jpg', { type: 'image/jpeg' })
    await expect(prepareAvatarImage(heic, TOP_SQUARE, JPEG_512)).rejects.toMatchObject({
      problem: 'unsupported_type',
      detectedType: 'image/heic',
    })
  })

  it('refuses a file over maxInputBytes before decoding it, and scales a large one that fits down', async () => {
    const huge = await noisePng(2600)
    expect(huge.size).toBeGreaterThan(JPEG_512.maxInputBytes)
    await expect(prepareAvatarImage(huge, TOP_SQUARE, JPEG_512)).rejects.toMatchObject({
      code: 'invalid_argument',
      problem: 'too_large',
    })

    const fits = await prepareAvatarImage(
      huge,
      { x: 100, y: 100, width: 2000, height: 2000 },
      {
        ...JPEG_512,
        maxInputBytes: huge.size,
      },
    )
    const out = await pixels(fits)
    expect([out.width, out.height]).toEqual([512, 512])
  })

  it('says a file it cannot decode is unreadable', async () => {
    const broken = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], 'broken.jpg')
    await expect(prepareAvatarImage(broken, TOP_SQUARE, JPEG_512)).rejects.toMatchObject({
      problem: 'unreadable',
    })
  })

  it('stops when the signal aborts and rejects with its reason', async () => {
    const portrait = await fixture(portraitUrl, 'portrait.jpg', 'image/jpeg')
    const controller = new AbortController()
    const work = prepareAvatarImage(portrait, TOP_SQUARE, JPEG_512, { signal: controller.signal })
    controller.abort()
    await expect(work).rejects.toMatchObject({ name: 'AbortError' })
  })
})
