// Writes the avatar picker's image fixtures (see README.md beside this file):
//   node packages/ui/test-fixtures/avatars/make-avatar-fixtures.mjs
// Debian's Chromium (or CHROMIUM_PATH) draws and encodes the pixels; this script then writes the
// EXIF block by hand, so the bytes are exactly what the tests expect and no image tool is needed.
import { writeFile } from 'node:fs/promises'
import { chromium } from 'playwright'

const here = new URL('./', import.meta.url)

/** Pixels drawn and encoded by Chromium, as bytes. */
async function drawInChromium(page, draw, type) {
  const base64 = await page.evaluate(
    async ({ source, type }) => {
      const canvas = new OffscreenCanvas(1, 1)
      new Function('canvas', source)(canvas)
      const bytes = new Uint8Array(await (await canvas.convertToBlob({ type, quality: 0.95 })).arrayBuffer())
      let binary = ''
      for (const byte of bytes) binary += String.fromCharCode(byte)
      return btoa(binary)
    },
    { source: draw, type },
  )
  return Buffer.from(base64, 'base64')
}

/** A TIFF IFD entry: tag, type, count and a 4-byte value or offset (big-endian, "MM"). */
function entry(tag, type, count, value) {
  const bytes = Buffer.alloc(12)
  bytes.writeUInt16BE(tag, 0)
  bytes.writeUInt16BE(type, 2)
  bytes.writeUInt32BE(count, 4)
  value.copy(bytes, 8)
  return bytes
}
const short = (n) => Buffer.from([n >> 8, n & 255, 0, 0])
const long = (n) => Buffer.from([n >>> 24, (n >> 16) & 255, (n >> 8) & 255, n & 255])
const ascii = (s) => Buffer.concat([Buffer.from(s, 'latin1'), Buffer.alloc(4 - s.length)])
const rationals = (values) => Buffer.concat(values.flatMap(([num, den]) => [long(num), long(den)]))

/**
 * An APP1 "Exif" segment with Orientation = 6 (stored landscape, shown rotated 90° clockwise) and a
 * GPS block (48°51'29.6" N, 2°17'40.2" E). Offsets count from the TIFF header, as EXIF says.
 */
function exifSegment() {
  const IFD0 = 8
  const GPS_IFD = IFD0 + 2 + 2 * 12 + 4 // 38
  const DATA = GPS_IFD + 2 + 5 * 12 + 4 // 104
  const latitude = rationals([
    [48, 1],
    [51, 1],
    [296, 10],
  ])
  const longitude = rationals([
    [2, 1],
    [17, 1],
    [402, 10],
  ])
  const tiff = Buffer.concat([
    Buffer.from('MM\x00\x2a', 'latin1'),
    long(IFD0),
    Buffer.from([0, 2]),
    entry(0x0112, 3, 1, short(6)), // Orientation: rotate 90° CW
    entry(0x8825, 4, 1, long(GPS_IFD)), // GPSInfo
    long(0),
    Buffer.from([0, 5]),
    entry(0x0000, 1, 4, Buffer.from([2, 3, 0, 0])), // GPSVersionID
    entry(0x0001, 2, 2, ascii('N')), // GPSLatitudeRef
    entry(0x0002, 5, 3, long(DATA)), // GPSLatitude
    entry(0x0003, 2, 2, ascii('E')), // GPSLongitudeRef
    entry(0x0004, 5, 3, long(DATA + 24)), // GPSLongitude
    long(0),
    latitude,
    longitude,
  ])
  const body = Buffer.concat([Buffer.from('Exif\x00\x00', 'latin1'), tiff])
  const header = Buffer.from([0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 255])
  return Buffer.concat([header, body])
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
})
try {
  const page = await browser.newPage()

  // Stored 96×64, left half red and right half blue. With orientation 6 a viewer shows it 64×96:
  // red on top, blue below. Without it applied, red is on the left.
  const landscape = await drawInChromium(
    page,
    `canvas.width = 96; canvas.height = 64; const c = canvas.getContext('2d');
     c.fillStyle = '#e00000'; c.fillRect(0, 0, 48, 64);
     c.fillStyle = '#0000e0'; c.fillRect(48, 0, 48, 64);`,
    'image/jpeg',
  )
  const portrait = Buffer.concat([landscape.subarray(0, 2), exifSegment(), landscape.subarray(2)])
  await writeFile(new URL('portrait-exif6-gps.jpg', here), portrait)

  // 64×64, transparent but for an opaque green square in the middle (16..48).
  const transparent = await drawInChromium(
    page,
    `canvas.width = 64; canvas.height = 64; const c = canvas.getContext('2d');
     c.fillStyle = '#00a000'; c.fillRect(16, 16, 32, 32);`,
    'image/png',
  )
  await writeFile(new URL('transparent.png', here), transparent)
} finally {
  await browser.close()
}

// Text that claims to be a photo by its name.
await writeFile(new URL('not-a-photo.jpg', here), 'This is a text file, not a JPEG.\n')
