import { ProfileError } from '@profile-kit/core'

/** Image formats the picker reads: what every browser decodes. */
export const READABLE_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const
/** One of {@link READABLE_IMAGE_TYPES}. */
export type ReadableImageType = (typeof READABLE_IMAGE_TYPES)[number]

/** Why a picked file cannot become an avatar. */
export type AvatarImageProblem = 'unsupported_type' | 'too_large' | 'unreadable'

/**
 * A picked file that cannot become an avatar: `invalid_argument` on `avatar`, with the `problem`
 * the picker explains (and the format it found, for `unsupported_type`).
 *
 * @example
 * ```ts
 * if (error instanceof AvatarImageError && error.problem === 'too_large') showLimit()
 * ```
 */
export class AvatarImageError extends ProfileError {
  /** What is wrong with the file: too big, not an image the picker reads, or not decodable. */
  declare readonly problem: AvatarImageProblem
  /** What the file's bytes say it is: `'image/heic'`, `'image/avif'`, or `undefined` when unknown. */
  declare readonly detectedType: string | undefined

  constructor(problem: AvatarImageProblem, message: string, detectedType?: string, cause?: unknown) {
    super('invalid_argument', message, { field: 'avatar', cause })
    this.problem = problem
    this.detectedType = detectedType
  }
}

const ISO_BRANDS: Record<string, string> = {
  avif: 'image/avif',
  avis: 'image/avif',
  heic: 'image/heic',
  heix: 'image/heic',
  hevc: 'image/heic',
  heim: 'image/heic',
  heis: 'image/heic',
  mif1: 'image/heif',
  msf1: 'image/heif',
}

/**
 * The image format a file's first bytes announce, whatever its name or `type` claim: JPEG, PNG,
 * WebP, GIF, or (unsupported here) HEIC/HEIF/AVIF. `undefined` for anything else.
 *
 * @example
 * ```ts
 * sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])) // 'image/jpeg'
 * ```
 */
export function sniffImageType(head: Uint8Array): string | undefined {
  const text = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to))
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg'
  if (text(0, 8) === '\x89PNG\r\n\x1a\n') return 'image/png'
  if (text(0, 6) === 'GIF87a' || text(0, 6) === 'GIF89a') return 'image/gif'
  if (text(0, 4) === 'RIFF' && text(8, 12) === 'WEBP') return 'image/webp'
  if (text(4, 8) === 'ftyp') return ISO_BRANDS[text(8, 12)]
  return undefined
}

/**
 * Checks a picked file before anything decodes it: at most `maxInputBytes`, and an image the
 * picker reads, judged by its content (a text file named `photo.jpg` is refused).
 *
 * @throws {AvatarImageError} `too_large` or `unsupported_type`.
 */
export async function checkAvatarImage(file: Blob, maxInputBytes: number): Promise<ReadableImageType> {
  if (file.size > maxInputBytes) {
    throw new AvatarImageError(
      'too_large',
      `The photo is ${file.size} bytes; at most ${maxInputBytes} bytes can be used.`,
    )
  }
  const detected = sniffImageType(new Uint8Array(await file.slice(0, 16).arrayBuffer()))
  const readable = READABLE_IMAGE_TYPES.find((type) => type === detected)
  if (!readable) {
    throw new AvatarImageError(
      'unsupported_type',
      `The file is ${detected ?? 'not an image the picker reads'}; use a JPEG, PNG, WebP or GIF photo.`,
      detected,
    )
  }
  return readable
}
