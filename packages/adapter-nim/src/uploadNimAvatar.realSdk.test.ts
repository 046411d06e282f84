import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createNimAdapter } from './createNimAdapter'
import { createNimFakeServer } from './testing/createNimFakeServer'
import { installNimFakeNos, type NimFakeNos } from './testing/installNimFakeNos'
import { loadNimSdk, type NimSdk } from './testing/loadNimSdk'

/**
 * Profile photos through the REAL `nim-web-sdk-ng` 10.8.1 `V2NIMStorageService`: only the wire is
 * fake — `getNosToken` over `nim.sendCmd`, and NetEase's object storage behind `XMLHttpRequest`.
 */
let sdk: NimSdk
beforeAll(async () => {
  sdk = await loadNimSdk()
})
afterAll(() => sdk.restore())

let nos: NimFakeNos | undefined
afterEach(() => nos?.restore())

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0xff, 0xd9])
const photo = () => new Blob([JPEG], { type: 'image/jpeg' })

async function setup({ login = true } = {}) {
  const server = createNimFakeServer(sdk, { users: [{ accountId: 'me', name: 'Ada' }] })
  if (login) await server.login('me')
  nos = installNimFakeNos(server)
  return { server, nos, adapter: createNimAdapter(server.nim) }
}

describe('createNimAdapter over the real SDK: uploadAvatar', () => {
  it('sends the bytes to NetEase storage in the profile-photo scene, reports progress, resolves the file URL', async () => {
    const { server, nos, adapter } = await setup()
    const onProgress = vi.fn()
    const url = await adapter.uploadAvatar!(photo(), { signal: new AbortController().signal, onProgress })

    expect(url).toBe('https://nim-nosdn.netease.im/avatars/1.jpg')
    expect(nos.tokenRequests).toEqual([
      expect.objectContaining({
        nosToken: { tag: 'nim_default_profile_icon' },
      }),
    ])
    expect(nos.objects).toEqual([
      {
        token: 'token-1',
        bucket: 'nim-fake-bucket',
        objectName: 'avatars/1.jpg',
        contentType: 'image/jpeg',
        bytes: JPEG,
      },
    ])
    expect(onProgress.mock.calls.map(([progress]) => progress)).toEqual([
      { loaded: 6, total: 12 },
      { loaded: 12, total: 12 },
    ])
    await adapter.updateMyProfile({ avatar: url })
    expect(server.user('me')?.avatar).toBe(url)
  })

  it('cancels through cancelUploadFile: the upload rejects and no URL comes back', async () => {
    const { nos, adapter, server } = await setup()
    nos.hold()
    const controller = new AbortController()
    const onProgress = vi.fn()
    const uploading = adapter.uploadAvatar!(photo(), { signal: controller.signal, onProgress })
    await vi.waitFor(() => expect(onProgress).toHaveBeenCalled())
    const cancelUploadFile = vi.spyOn(server.nim.V2NIMStorageService, 'cancelUploadFile')
    controller.abort()
    await expect(uploading).rejects.toMatchObject({ name: 'ProfileError' })
    expect(cancelUploadFile).toHaveBeenCalledTimes(1)
    // The SDK stops listening rather than aborting the request: NOS may still get the bytes, but
    // nobody learns their URL, so no profile can point at them.
    nos.release()
    expect(onProgress).toHaveBeenCalledTimes(1)
  })

  it('rejects at once, sending nothing, when the signal is already aborted', async () => {
    const { nos, adapter } = await setup()
    const controller = new AbortController()
    controller.abort()
    await expect(adapter.uploadAvatar!(photo(), { signal: controller.signal })).rejects.toThrow()
    expect(nos.tokenRequests).toEqual([])
  })

  it('reports a storage that keeps failing as network, after the SDK tried its backup hosts', async () => {
    const { nos, adapter } = await setup()
    nos.failUploads(500)
    await expect(
      adapter.uploadAvatar!(photo(), { signal: new AbortController().signal }),
    ).rejects.toMatchObject({
      name: 'ProfileError',
      code: 'network',
      vendorCode: 194006,
    })
    expect(nos.objects).toEqual([])
  })

  it('is not_ready before login, with no request sent', async () => {
    const { nos, adapter } = await setup({ login: false })
    await expect(
      adapter.uploadAvatar!(photo(), { signal: new AbortController().signal }),
    ).rejects.toMatchObject({
      code: 'not_ready',
    })
    expect(nos.tokenRequests).toEqual([])
  })
})
