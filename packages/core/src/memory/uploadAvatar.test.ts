import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryAdapter } from './createMemoryAdapter'

const photo = (bytes = 1000) => new Blob([new Uint8Array(bytes).fill(7)], { type: 'image/jpeg' })
const options = (signal = new AbortController().signal) => ({ signal, onProgress: vi.fn() })

afterEach(() => {
  vi.useRealTimers()
})

describe('memory adapter: uploadAvatar', () => {
  it('keeps the image as a blob: URL of its bytes, which it then takes as my avatar', async () => {
    const adapter = createMemoryAdapter({ me: { userID: 'me' } })
    const url = await adapter.uploadAvatar(photo(3), options())
    expect(url).toMatch(/^blob:/)
    expect(await (await fetch(url)).bytes()).toEqual(new Uint8Array([7, 7, 7]))
    await expect(adapter.updateMyProfile({ avatar: url })).resolves.toMatchObject({ avatar: url })
    expect(adapter.schema.avatarObjectUrls).toBe(true)
  })

  it('reports progress in steps over its latency', async () => {
    vi.useFakeTimers()
    const adapter = createMemoryAdapter({ me: { userID: 'me' }, latencyMs: 500 })
    const upload = options()
    const uploading = adapter.uploadAvatar(photo(1000), upload)
    await vi.advanceTimersByTimeAsync(250)
    expect(upload.onProgress.mock.calls.map(([progress]) => progress)).toEqual([
      { loaded: 200, total: 1000 },
      { loaded: 400, total: 1000 },
    ])
    await vi.advanceTimersByTimeAsync(250)
    await expect(uploading).resolves.toMatch(/^blob:/)
    expect(upload.onProgress).toHaveBeenLastCalledWith({ loaded: 1000, total: 1000 })
  })

  it('rejects as soon as the signal aborts, and stores nothing', async () => {
    vi.useFakeTimers()
    const adapter = createMemoryAdapter({ me: { userID: 'me' }, latencyMs: 500 })
    const controller = new AbortController()
    const upload = options(controller.signal)
    const uploading = adapter.uploadAvatar(photo(), upload)
    await vi.advanceTimersByTimeAsync(150)
    controller.abort()
    await expect(uploading).rejects.toMatchObject({ name: 'AbortError' })
    const reports = upload.onProgress.mock.calls.length
    await vi.advanceTimersByTimeAsync(1000)
    expect(upload.onProgress.mock.calls.length).toBe(reports)
  })

  it('fails like every call when failure is simulated', async () => {
    const adapter = createMemoryAdapter({ me: { userID: 'me' }, failureRate: 1, failureCode: 'network' })
    await expect(adapter.uploadAvatar(photo(), options())).rejects.toMatchObject({
      code: 'network',
      vendorCode: 'memory',
    })
  })

  it('refuses a blob: avatar it did not store, and frees a photo no profile holds any more', async () => {
    const adapter = createMemoryAdapter({ me: { userID: 'me' } })
    await expect(
      adapter.updateMyProfile({ avatar: 'blob:https://elsewhere.example/1d2c' }),
    ).rejects.toMatchObject({ code: 'invalid_argument', field: 'avatar' })

    const first = await adapter.uploadAvatar(photo(), options())
    await adapter.updateMyProfile({ avatar: first })
    await adapter.updateMyProfile({ avatar: 'https://cdn.example.com/a.png' })
    await expect(fetch(first)).rejects.toThrow()
    await expect(adapter.updateMyProfile({ avatar: first })).rejects.toMatchObject({ field: 'avatar' })
  })
})
