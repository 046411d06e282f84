import type { UploadProgress } from '../../adapter/AvatarUpload'
import type { ProfileAdapter } from '../../adapter/ProfileAdapter'
import { resolveSchema } from '../../model/resolveSchema'
import { validatePatch } from '../../validation/validatePatch'
import { callAdapter } from '../callAdapter'
import { fail } from '../fail'
import { skip, type CheckDefinition } from './CheckDefinition'
import { saveAndReadBack } from './updateChecks'

/** A JPEG's start and end markers: an image/jpeg Blob, small enough for any backend double. */
const sampleJpeg = () => new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], { type: 'image/jpeg' })

type Upload = NonNullable<ProfileAdapter['uploadAvatar']>

/**
 * Checks `uploadAvatar`, when the adapter has it: the URL it resolves is one the kit will save,
 * and saving it shows it; progress makes sense; an aborted signal makes it reject.
 *
 * @internal
 */
export const uploadChecks: CheckDefinition[] = [
  {
    name: 'uploadAvatar resolves a URL the kit saves as avatar, reporting sane progress',
    async run(fixture) {
      const upload = fixture.adapter.uploadAvatar?.bind(fixture.adapter)
      if (!upload) return skip('the adapter has no uploadAvatar')
      const progress: UploadProgress[] = []
      const url: unknown = await callAdapter('uploadAvatar(a JPEG)', () =>
        upload(sampleJpeg(), { signal: new AbortController().signal, onProgress: (p) => progress.push(p) }),
      )
      checkProgress(progress)
      if (typeof url !== 'string')
        fail(`uploadAvatar resolved ${typeof url}; it must resolve the URL of the stored photo.`)
      // A backend that stores no avatar field (an upload-only service) has nothing to save it in.
      if (!resolveSchema(fixture.adapter.schema).fields.avatar) return
      const [issue] = validatePatch({ avatar: url }, fixture.adapter.schema)
      if (issue) {
        fail(
          `uploadAvatar resolved "${url}", which the kit will not save: ${issue.message} Resolve an http(s) URL (a backend in the page may declare schema.avatarObjectUrls for blob: URLs).`,
        )
      }
      const after = await saveAndReadBack(fixture, { avatar: url })
      if (after.avatar !== url) {
        fail(`After saving the uploaded URL as avatar, getMyProfile() shows "${after.avatar}".`)
      }
    },
  },
  {
    name: 'uploadAvatar rejects when its signal aborts',
    async run({ adapter }) {
      const upload: Upload | undefined = adapter.uploadAvatar?.bind(adapter)
      if (!upload) return skip('the adapter has no uploadAvatar')
      const controller = new AbortController()
      const uploading = upload(sampleJpeg(), { signal: controller.signal })
      controller.abort()
      const outcome = await uploading.then(
        () => 'resolved',
        () => 'rejected',
      )
      if (outcome === 'resolved') {
        fail(
          'uploadAvatar resolved although its signal aborted; stop sending and reject when options.signal aborts.',
        )
      }
    },
  },
]

function checkProgress(progress: readonly UploadProgress[]): void {
  progress.forEach(({ loaded, total }, index) => {
    const previous = progress[index - 1]?.loaded ?? 0
    if (!(Number.isFinite(loaded) && Number.isFinite(total) && loaded <= total && loaded >= previous)) {
      fail(
        `uploadAvatar reported progress ${JSON.stringify({ loaded, total })} after ${previous} bytes; report growing byte counts, loaded at most total.`,
      )
    }
  })
}
