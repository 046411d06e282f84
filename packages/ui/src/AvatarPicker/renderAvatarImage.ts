/** A square of the upright image (EXIF orientation applied), in its pixels. */
export interface CropArea {
  /** Left edge, from the upright image's left. */
  x: number
  /** Top edge, from the upright image's top. */
  y: number
  /** Width in pixels (the same as `height` for an avatar). */
  width: number
  /** Height in pixels. */
  height: number
}

/** What {@link renderAvatarImage} makes: `crop` of `image`, scaled to `size`², encoded as `type`. */
export interface AvatarRenderJob {
  image: Blob
  crop: CropArea
  size: number
  type: 'image/jpeg' | 'image/webp' | 'image/png'
}

/**
 * Decodes `image` upright (EXIF orientation applied), draws `crop` of it onto a `size`² canvas and
 * encodes that. A canvas writes pixels only, so the result carries no EXIF, GPS or other metadata.
 *
 * It must stay self-contained (globals only, no imports, no helpers): `prepareAvatarImage` sends its
 * source text to a Worker. It runs on the main thread too (`document` canvas where OffscreenCanvas
 * is missing).
 */
export async function renderAvatarImage(job: AvatarRenderJob): Promise<Blob> {
  const bitmap = await createImageBitmap(job.image, { imageOrientation: 'from-image' })
  try {
    const x = Math.max(0, Math.min(job.crop.x, bitmap.width - 1))
    const y = Math.max(0, Math.min(job.crop.y, bitmap.height - 1))
    const width = Math.max(1, Math.min(job.crop.width, bitmap.width - x))
    const height = Math.max(1, Math.min(job.crop.height, bitmap.height - y))
    const canvas =
      typeof OffscreenCanvas === 'function'
        ? new OffscreenCanvas(job.size, job.size)
        : Object.assign(document.createElement('canvas'), { width: job.size, height: job.size })
    const context = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D
    if (job.type === 'image/jpeg') {
      // JPEG has no alpha: transparent pixels would turn black.
      context.fillStyle = '#ffffff'
      context.fillRect(0, 0, job.size, job.size)
    }
    context.imageSmoothingQuality = 'high'
    context.drawImage(bitmap, x, y, width, height, 0, 0, job.size, job.size)
    const quality = 0.9
    if ('convertToBlob' in canvas) return await canvas.convertToBlob({ type: job.type, quality })
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the image.'))),
        job.type,
        quality,
      ),
    )
  } finally {
    bitmap.close()
  }
}
