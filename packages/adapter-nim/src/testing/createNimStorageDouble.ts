import type { NimStorageService } from '../nimTypes'

/** `V2NIM_ERROR_CODE_CANCELLED`, as the SDK rejects a cancelled upload. */
const CANCELLED = 191002
/** Progress reports of one upload, in percent, as the SDK hands them to `uploadFile`'s callback. */
const PROGRESS_STEPS = [25, 50, 75, 100]
const STEP_MS = 40

/** Options of {@link createNimStorageDouble}. */
export interface NimStorageDoubleOptions {
  /** Rejects unless someone is logged in, as the SDK's token request does. */
  assertLoggedIn(): void
  /** Builds the SDK's `V2NIMError`. */
  nimError(code: number, reason: string): Error
  /**
   * `true`: resolve `blob:` object URLs of this page (a demo without network can show them);
   * otherwise NOS-like `https://nim-nosdn.netease.im/…` URLs, as the real service answers.
   */
  keepPhotosInPage?: boolean
}

/**
 * The `V2NIMStorageService` upload surface: `createUploadFileTask`, `uploadFile` reporting
 * percentages over a few timer ticks, `cancelUploadFile` rejecting the upload with 191002.
 *
 * @internal Part of `createNimDouble`.
 */
export function createNimStorageDouble(options: NimStorageDoubleOptions): NimStorageService {
  const cancels = new Map<string, () => void>()
  let tasks = 0
  let stored = 0
  const urlOf = (file: File) =>
    options.keepPhotosInPage
      ? URL.createObjectURL(file)
      : `https://nim-nosdn.netease.im/avatars/${++stored}-${encodeURIComponent(file.name)}`
  return {
    createUploadFileTask: (uploadParams) => ({ taskId: `task-${++tasks}`, uploadParams }),
    uploadFile(task, progress) {
      return new Promise<string>((resolve, reject) => {
        options.assertLoggedIn()
        const { fileObj } = task.uploadParams
        if (!(fileObj instanceof File)) throw options.nimError(191004, 'fileObj must be a File in a browser')
        let timer: ReturnType<typeof setTimeout> | undefined
        cancels.set(task.taskId, () => {
          clearTimeout(timer)
          reject(options.nimError(CANCELLED, 'upload file aborted'))
        })
        const step = (index: number) => {
          progress(PROGRESS_STEPS[index]!)
          if (index + 1 < PROGRESS_STEPS.length) timer = setTimeout(() => step(index + 1), STEP_MS)
          else {
            cancels.delete(task.taskId)
            resolve(urlOf(fileObj))
          }
        }
        timer = setTimeout(() => step(0), STEP_MS)
      })
    },
    async cancelUploadFile(task) {
      const cancel = cancels.get(task.taskId)
      if (!cancel) throw options.nimError(191006, 'uploadInfo not exist')
      cancels.delete(task.taskId)
      cancel()
    },
  }
}
