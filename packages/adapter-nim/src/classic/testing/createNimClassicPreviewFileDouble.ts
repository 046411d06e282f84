import type { NimClassicPreviewFileOptions } from '../uploadNimClassicAvatar'

/** Progress reports of one upload, in percent. */
const PROGRESS_STEPS = [25, 50, 75, 100]
const STEP_MS = 40

/** Options of {@link createNimClassicPreviewFileDouble}. */
export interface NimClassicPreviewFileDoubleOptions {
  /** Uploads fail as the SDK's calls do while the socket is not connected. */
  isConnected(): boolean
  /** `true`: resolve `blob:` URLs of this page; otherwise NOS-like https URLs. */
  keepPhotosInPage?: boolean
}

/**
 * The classic SDK's browser `previewFile`: hands `beginupload` an upload whose `abort()` stops
 * it (`done` with code `abort`), reports `uploadprogress` over a few timer ticks, then calls
 * `done(null, { url, name, ext, size })`.
 *
 * @internal Part of `createNimClassicDouble`.
 */
export function createNimClassicPreviewFileDouble(options: NimClassicPreviewFileDoubleOptions) {
  let stored = 0
  return function previewFile({
    blob,
    beginupload,
    uploadprogress,
    done,
  }: NimClassicPreviewFileOptions): void {
    let timer: ReturnType<typeof setTimeout> | undefined
    const fail = (code: string, message: string) => done?.({ code, message, event: {} }, undefined as never)
    if (!options.isConnected()) {
      timer = setTimeout(() => fail('Error_Connection_Socket_State_not_Match', 'previewFile failed'), 0)
      return
    }
    if (!(blob instanceof File)) throw new Error('previewFile double: pass the photo as a File in blob')
    const file = blob
    beginupload?.({
      abort() {
        clearTimeout(timer)
        fail('abort', 'upload aborted')
      },
    })
    const step = (index: number) => {
      const percentage = PROGRESS_STEPS[index]!
      const loaded = Math.round((file.size * percentage) / 100)
      uploadprogress?.({ total: file.size, loaded, percentage, percentageText: `${percentage}%` })
      if (index + 1 < PROGRESS_STEPS.length) timer = setTimeout(() => step(index + 1), STEP_MS)
      else
        done?.(null, {
          url: urlOf(file),
          name: file.name,
          ext: file.name.split('.').pop() ?? '',
          size: file.size,
        })
    }
    const urlOf = (photo: File) =>
      options.keepPhotosInPage
        ? URL.createObjectURL(photo)
        : `https://nim-nosdn.netease.im/avatars/${++stored}-${encodeURIComponent(photo.name)}`
    timer = setTimeout(() => step(0), STEP_MS)
  }
}
