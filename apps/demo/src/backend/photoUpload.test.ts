import { validatePatch } from '@profile-kit/core/vanilla'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useDemoStore } from '../state/useDemoStore'
import { BACKEND_KINDS } from './backendKind'
import { createDemoBackend } from './createDemoBackend'

// The demo store persists to localStorage, which Node lacks: an in-memory one, before the store loads.
vi.hoisted(() => {
  const items = new Map<string, string>()
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    value: {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    },
  })
})

const photo = () => new Blob([new Uint8Array(64).fill(9)], { type: 'image/jpeg' })

beforeEach(() => {
  useDemoStore.setState({ latencyMs: 0, failurePercent: 0, calls: [] })
})

describe.each(BACKEND_KINDS)('the %s demo backend takes profile photos', (kind) => {
  it('uploads with progress into a blob: URL of the page, which it saves as my avatar, and logs the upload', async () => {
    const { adapter, myID } = createDemoBackend(kind)
    const onProgress = vi.fn()
    const url = await adapter.uploadAvatar!(photo(), { signal: new AbortController().signal, onProgress })

    expect(url).toMatch(/^blob:/)
    expect(await (await fetch(url)).bytes()).toEqual(new Uint8Array(64).fill(9))
    expect(onProgress).toHaveBeenLastCalledWith({ loaded: 64, total: 64 })
    expect(validatePatch({ avatar: url }, adapter.schema)).toEqual([])
    await adapter.updateMyProfile({ avatar: url })
    await expect(adapter.getMyProfile()).resolves.toMatchObject({ userID: myID, avatar: url })
    expect(useDemoStore.getState().calls.filter((call) => call.method === 'uploadAvatar')).toMatchObject([
      { outcome: 'ok' },
    ])
  })

  it('stops when cancelled, during the simulated latency too', async () => {
    useDemoStore.setState({ latencyMs: 5_000 })
    const { adapter } = createDemoBackend(kind)
    const controller = new AbortController()
    const uploading = adapter.uploadAvatar!(photo(), { signal: controller.signal })
    controller.abort()
    await expect(uploading).rejects.toThrow()
  })
})
