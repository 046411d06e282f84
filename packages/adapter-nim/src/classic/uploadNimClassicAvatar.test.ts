import { describe, expect, it, vi } from 'vitest'
import { createNimClassicAdapter } from './createNimClassicAdapter'
import { createNimClassicDouble } from './testing/createNimClassicDouble'

const photo = () => new Blob([new Uint8Array(100)], { type: 'image/jpeg' })

function setup() {
  const nim = createNimClassicDouble({ account: 'me', users: [{ account: 'me', nick: 'Ada' }] })
  nim.connect()
  const previewFile = vi.spyOn(nim, 'previewFile' as never) as unknown as ReturnType<typeof vi.fn>
  return { nim, previewFile, adapter: createNimClassicAdapter(nim) }
}

describe('createNimClassicAdapter: uploadAvatar over previewFile', () => {
  it('uploads the photo as an image File in the profile-photo scene, reporting progress, and resolves its URL', async () => {
    const { adapter, previewFile } = setup()
    const onProgress = vi.fn()
    const url = await adapter.uploadAvatar!(photo(), { signal: new AbortController().signal, onProgress })
    expect(url).toBe('https://nim-nosdn.netease.im/avatars/1-avatar.jpeg')
    const [options] = previewFile.mock.calls[0] as [{ type: string; nosScene: string; blob: File }]
    expect(options).toMatchObject({ type: 'image', nosScene: 'nim_default_profile_icon' })
    expect(options.blob).toBeInstanceOf(File)
    expect(options.blob.type).toBe('image/jpeg')
    expect(onProgress.mock.calls.map(([progress]) => progress)).toEqual([
      { loaded: 25, total: 100 },
      { loaded: 50, total: 100 },
      { loaded: 75, total: 100 },
      { loaded: 100, total: 100 },
    ])
  })

  it('aborts the SDK’s upload when the signal aborts, and rejects at once', async () => {
    const { adapter } = setup()
    const controller = new AbortController()
    const onProgress = vi.fn()
    const uploading = adapter.uploadAvatar!(photo(), { signal: controller.signal, onProgress })
    await vi.waitFor(() => expect(onProgress).toHaveBeenCalled())
    controller.abort()
    await expect(uploading).rejects.toMatchObject({ name: 'AbortError' })
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(onProgress).toHaveBeenCalledTimes(1)
  })

  it('is not_ready once kicked off (socket down)', async () => {
    const { adapter, nim } = setup()
    nim.kick()
    await expect(
      adapter.uploadAvatar!(photo(), { signal: new AbortController().signal }),
    ).rejects.toMatchObject({
      code: 'not_ready',
    })
  })
})
