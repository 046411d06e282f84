import { AvatarImageError, checkAvatarImage } from './avatarImageCheck'
import { renderAvatarImage, type AvatarRenderJob, type CropArea } from './renderAvatarImage'

/** The backend's photo rule the picker prepares for (the core's `AvatarImageRule`, defaults applied). */
export interface AvatarOutputRule {
  /** Edge of the square image, in pixels. */
  size: number
  /** The type to encode to. */
  type: 'image/jpeg' | 'image/webp' | 'image/png'
  /** Largest file a user may pick, in bytes. */
  maxInputBytes: number
}

/** Options of {@link prepareAvatarImage}. */
export interface PrepareAvatarImageOptions {
  /** Stops the work (the Worker is terminated) and rejects with the signal's reason. */
  signal?: AbortSignal
  /** Decode and encode in a module Worker where the browser has one with OffscreenCanvas. Defaults to `true`. */
  offMainThread?: boolean
}

/**
 * Turns a picked file into the avatar a backend receives: checks its size and, by content, its
 * format; decodes it upright (EXIF orientation applied); crops `crop`; scales to `rule.size`²;
 * re-encodes as `rule.type`, which leaves EXIF and GPS data behind. Off the main thread where the
 * browser allows (a Worker with OffscreenCanvas), else on it.
 *
 * @throws {AvatarImageError} `too_large`, `unsupported_type`, or `unreadable` (the browser could not decode it).
 * @example
 * ```ts
 * const image = await prepareAvatarImage(file, { x: 0, y: 0, width: 800, height: 800 },
 *   { size: 512, type: 'image/jpeg', maxInputBytes: 20e6 })
 * ```
 */
export async function prepareAvatarImage(
  file: Blob,
  crop: CropArea,
  rule: AvatarOutputRule,
  { signal, offMainThread = true }: PrepareAvatarImageOptions = {},
): Promise<Blob> {
  signal?.throwIfAborted()
  await checkAvatarImage(file, rule.maxInputBytes)
  signal?.throwIfAborted()
  const job: AvatarRenderJob = { image: file, crop, size: rule.size, type: rule.type }
  try {
    if (offMainThread && canRenderInWorker()) {
      const fromWorker = await renderInWorker(job, signal)
      if (fromWorker) return fromWorker
    }
    return await renderAvatarImage(job)
  } catch (cause) {
    if (signal?.aborted) throw signal.reason
    throw new AvatarImageError(
      'unreadable',
      'The browser could not read this photo; it may be damaged. Try another one.',
      undefined,
      cause,
    )
  }
}

function canRenderInWorker(): boolean {
  return typeof Worker === 'function' && typeof OffscreenCanvas === 'function'
}

// The worker runs renderAvatarImage's own source text: a Blob URL needs no worker file that every
// bundler would have to find and copy, and the function is self-contained by design.
const WORKER_SOURCE = `const renderAvatarImage = ${renderAvatarImage.toString()};
onmessage = async (event) => {
  try { postMessage({ blob: await renderAvatarImage(event.data) }) }
  catch { postMessage({}) }
}`

/**
 * Renders `job` in a one-off Worker. Resolves `undefined` when the Worker could not do it (a
 * Content Security Policy without `worker-src blob:`, an app build that rewrote the function with
 * helpers the Worker lacks, or an image it cannot decode), so the caller renders on the main
 * thread, whose answer (or error) counts.
 */
export function renderInWorker(job: AvatarRenderJob, signal?: AbortSignal): Promise<Blob | undefined> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }))
    let worker: Worker
    try {
      worker = new Worker(url, { type: 'module' })
    } catch {
      URL.revokeObjectURL(url)
      resolve(undefined)
      return
    }
    const finish = () => {
      worker.terminate()
      URL.revokeObjectURL(url)
      signal?.removeEventListener('abort', abort)
    }
    const abort = () => {
      finish()
      reject(signal!.reason)
    }
    signal?.addEventListener('abort', abort, { once: true })
    worker.onmessage = (event: MessageEvent<{ blob?: Blob }>) => {
      finish()
      resolve(event.data.blob)
    }
    worker.onerror = (event) => {
      event.preventDefault()
      finish()
      resolve(undefined)
    }
    worker.postMessage(job)
  })
}
