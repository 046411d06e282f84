import type { AvatarUploadOptions } from '../adapter/AvatarUpload'

/** How many progress reports a simulated upload makes over its latency. */
const PROGRESS_STEPS = 5

/**
 * Sends `image` nowhere, slowly: reports progress in equal steps over `latencyMs` (one report at
 * once when there is no latency) and rejects with the signal's reason as soon as it is aborted.
 *
 * @internal Used by {@link createMemoryAdapter}.
 */
export function simulateUpload(
  image: Blob,
  { signal, onProgress }: AvatarUploadOptions,
  latencyMs: number,
): Promise<void> {
  const total = image.size
  const steps = latencyMs > 0 ? PROGRESS_STEPS : 1
  return new Promise<void>((resolve, reject) => {
    let step = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    const abort = () => {
      clearTimeout(timer)
      reject(signal.reason)
    }
    const next = () => {
      step++
      onProgress?.({ loaded: Math.round((total * step) / steps), total })
      if (step < steps) timer = setTimeout(next, latencyMs / steps)
      else {
        signal.removeEventListener('abort', abort)
        resolve()
      }
    }
    if (signal.aborted) return reject(signal.reason)
    signal.addEventListener('abort', abort, { once: true })
    timer = setTimeout(next, latencyMs / steps)
  })
}
