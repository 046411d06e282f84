import { act, renderHook, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AvatarUploadOptions } from '../../adapter/AvatarUpload'
import type { ProfileAdapter } from '../../adapter/ProfileAdapter'
import { isUploadCancelled } from '../../client/avatarUploadCancelled'
import { ProfileError } from '../../errors/ProfileError'
import type { ProfilePatch } from '../../model/profile'
import { useAvatarUpload } from '../useAvatarUpload'
import { useMyProfile } from '../useMyProfile'
import { useUpdateProfile } from '../useUpdateProfile'
import { useUserProfile } from '../useUserProfile'
import { useUserProfiles } from '../useUserProfiles'
import { setup } from './setup'

const STORED_URL = 'https://cdn.example.com/avatars/me-2.jpg'
const photo = () => new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], { type: 'image/jpeg' })

/** An upload the test drives: it reports progress and settles when the test says so. */
interface HeldUpload {
  image: Blob
  options: AvatarUploadOptions
  resolve(url: string): void
  reject(error: unknown): void
}

/** Object URLs made and revoked, so tests see previews appear and get freed. */
function trackObjectURLs() {
  const live = new Set<string>()
  let made = 0
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
    const url = `blob:http://localhost/preview-${++made}`
    live.add(url)
    return url
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void live.delete(url))
  return live
}

let objectURLs: Set<string>
beforeEach(() => {
  objectURLs = trackObjectURLs()
})
afterEach(() => {
  vi.restoreAllMocks()
})

/** Every hook that shows me: my profile, a list with me in it, and my single entry. */
function useScreen() {
  const me = useMyProfile()
  const list = useUserProfiles(['u1', 'me'])
  const single = useUserProfile('me')
  const photo = useAvatarUpload()
  const update = useUpdateProfile()
  const avatars = [me.data?.avatar, list.byID['me']?.avatar, single.data?.avatar]
  return { photo, update, avatars, me }
}

async function ready(options: { heldUpload?: boolean; ignoreAbort?: boolean } = {}) {
  const held: HeldUpload[] = []
  const env = setup({
    memory: { me: { userID: 'me', nick: 'Ada', avatar: 'https://cdn.example.com/old.png' } },
  })
  const adapter: ProfileAdapter = env.adapter
  adapter.uploadAvatar = (image, uploadOptions) =>
    new Promise<string>((resolve, reject) => {
      held.push({ image, options: uploadOptions, resolve, reject })
      if (!options.ignoreAbort)
        uploadOptions.signal.addEventListener('abort', () => reject(new Error('aborted')))
    })
  const uploadAvatar = vi.spyOn(adapter, 'uploadAvatar')
  const hook = renderHook(useScreen, { wrapper: env.wrapper })
  await waitFor(() =>
    expect(hook.result.current.avatars).toEqual(Array(3).fill('https://cdn.example.com/old.png')),
  )
  return { ...env, hook, held, uploadAvatar }
}

/** Starts an upload and keeps its promise's outcome for the test to look at. */
function startUpload(hook: Awaited<ReturnType<typeof ready>>['hook']) {
  const outcome: { value?: unknown; error?: unknown } = {}
  const done = hook.result.current.photo
    .upload(photo())
    .then((value) => (outcome.value = value))
    .catch((error: unknown) => (outcome.error = error))
  return { outcome, done }
}

describe('useAvatarUpload', () => {
  it('shows the photo as my avatar in every hook at once, reports progress, then saves the stored URL', async () => {
    const { hook, held, calls, memory } = await ready()
    const { done } = startUpload(hook)
    await waitFor(() => expect(hook.result.current.photo.status).toBe('uploading'))
    const [preview] = [...objectURLs]
    expect(preview).toMatch(/^blob:/)
    expect(hook.result.current.avatars).toEqual([preview, preview, preview])
    expect(held).toHaveLength(1)
    expect(held[0]!.image.type).toBe('image/jpeg')

    act(() => held[0]!.options.onProgress?.({ loaded: 2048, total: 8192 }))
    expect(hook.result.current.photo.progress).toEqual({ loaded: 2048, total: 8192 })

    await act(async () => {
      held[0]!.resolve(STORED_URL)
      await done
    })
    await waitFor(() => expect(hook.result.current.photo.status).toBe('success'))
    expect(calls.updateMyProfile).toHaveBeenCalledExactlyOnceWith({ avatar: STORED_URL })
    expect(memory.getStored('me')?.avatar).toBe(STORED_URL)
    expect(hook.result.current.avatars).toEqual([STORED_URL, STORED_URL, STORED_URL])
    expect(objectURLs.size).toBe(0)
  })

  it('cancel aborts the adapter’s upload, withdraws the preview, saves nothing and goes back to idle', async () => {
    const { hook, held, calls } = await ready()
    const { outcome, done } = startUpload(hook)
    await waitFor(() => expect(held).toHaveLength(1))
    act(() => hook.result.current.photo.cancel())
    await act(async () => done)

    expect(held[0]!.options.signal.aborted).toBe(true)
    expect(isUploadCancelled(outcome.error)).toBe(true)
    expect(outcome.error).toBeInstanceOf(ProfileError)
    expect(hook.result.current.photo).toMatchObject({ status: 'idle', error: null, progress: null })
    expect(hook.result.current.avatars).toEqual(Array(3).fill('https://cdn.example.com/old.png'))
    expect(calls.updateMyProfile).not.toHaveBeenCalled()
    expect(objectURLs.size).toBe(0)
  })

  it('cancel right after upload, before anything was sent, stops it too', async () => {
    const { hook, held, calls } = await ready()
    let outcome: unknown
    await act(async () => {
      const uploading = hook.result.current.photo.upload(photo()).catch((error: unknown) => (outcome = error))
      hook.result.current.photo.cancel()
      await uploading
    })
    expect(isUploadCancelled(outcome)).toBe(true)
    expect(held.every((upload) => upload.options.signal.aborted)).toBe(true)
    expect(hook.result.current.photo).toMatchObject({ status: 'idle', error: null })
    expect(hook.result.current.avatars).toEqual(Array(3).fill('https://cdn.example.com/old.png'))
    expect(calls.updateMyProfile).not.toHaveBeenCalled()
  })

  it('cancel settles at once even when the adapter ignores the signal, and drops its late answer', async () => {
    const { hook, held, calls } = await ready({ ignoreAbort: true })
    const { outcome, done } = startUpload(hook)
    await waitFor(() => expect(held).toHaveLength(1))
    act(() => hook.result.current.photo.cancel())
    await act(async () => done)
    expect(isUploadCancelled(outcome.error)).toBe(true)
    await act(async () => held[0]!.resolve(STORED_URL))
    expect(calls.updateMyProfile).not.toHaveBeenCalled()
    expect(hook.result.current.avatars).toEqual(Array(3).fill('https://cdn.example.com/old.png'))
  })

  it('a failed upload withdraws the preview, reports a typed error and never calls updateMyProfile', async () => {
    const { hook, held, calls } = await ready()
    const { outcome, done } = startUpload(hook)
    await waitFor(() => expect(held).toHaveLength(1))
    await act(async () => {
      held[0]!.reject(new ProfileError('network', 'storage unreachable'))
      await done
    })
    await waitFor(() => expect(hook.result.current.photo.status).toBe('error'))
    expect(hook.result.current.photo.error).toMatchObject({ code: 'network', message: 'storage unreachable' })
    expect(isUploadCancelled(outcome.error)).toBe(false)
    expect(calls.updateMyProfile).not.toHaveBeenCalled()
    expect(hook.result.current.avatars).toEqual(Array(3).fill('https://cdn.example.com/old.png'))
    expect(objectURLs.size).toBe(0)
  })

  it('validates the URL the backend answered like any patch: a non-web URL saves nothing', async () => {
    const { hook, held, calls } = await ready()
    const { done } = startUpload(hook)
    await waitFor(() => expect(held).toHaveLength(1))
    await act(async () => {
      held[0]!.resolve('javascript:alert(1)')
      await done
    })
    await waitFor(() =>
      expect(hook.result.current.photo.error).toMatchObject({ code: 'invalid_argument', field: 'avatar' }),
    )
    expect(calls.updateMyProfile).not.toHaveBeenCalled()
    expect(hook.result.current.avatars).toEqual(Array(3).fill('https://cdn.example.com/old.png'))
  })

  it('a failed save of the stored URL withdraws the photo too', async () => {
    const { hook, held, memory } = await ready()
    memory.configure({ failureRate: 1, failureCode: 'permission_denied' })
    const { done } = startUpload(hook)
    await waitFor(() => expect(held).toHaveLength(1))
    await act(async () => {
      held[0]!.resolve(STORED_URL)
      await done
    })
    await waitFor(() => expect(hook.result.current.photo.error).toMatchObject({ code: 'permission_denied' }))
    expect(hook.result.current.avatars).toEqual(Array(3).fill('https://cdn.example.com/old.png'))
    expect(memory.getStored('me')?.avatar).toBe('https://cdn.example.com/old.png')
  })

  it('queues the avatar save behind a save already running, and keeps both shown meanwhile', async () => {
    const { hook, held, calls, memory } = await ready()
    const order: string[] = []
    let finishNick: () => void = () => undefined
    calls.updateMyProfile.mockImplementation(async (patch: ProfilePatch) => {
      order.push(`start ${Object.keys(patch).join()}`)
      if (patch.nick) await new Promise<void>((resolve) => (finishNick = resolve))
      const answer = await memory.updateMyProfile(patch)
      order.push(`end ${Object.keys(patch).join()}`)
      return answer
    })
    await act(async () => hook.result.current.update.mutate({ nick: 'Ada L.' }))
    await waitFor(() => expect(order).toEqual(['start nick']))
    const { done } = startUpload(hook)
    await waitFor(() => expect(held).toHaveLength(1))
    await act(async () => held[0]!.resolve(STORED_URL))
    await waitFor(() => expect(hook.result.current.photo.status).toBe('saving'))
    expect(hook.result.current.me.data).toMatchObject({ nick: 'Ada L.', avatar: STORED_URL })
    expect(order).toEqual(['start nick'])

    await act(async () => {
      finishNick()
      await done
    })
    expect(order).toEqual(['start nick', 'end nick', 'start avatar', 'end avatar'])
    expect(memory.getStored('me')).toMatchObject({ nick: 'Ada L.', avatar: STORED_URL })
    expect(hook.result.current.avatars).toEqual([STORED_URL, STORED_URL, STORED_URL])
  })

  it('saves nothing into a new session when the account changes during the upload', async () => {
    const { hook, held, calls, memory } = await ready()
    const { outcome, done } = startUpload(hook)
    await waitFor(() => expect(held).toHaveLength(1))
    act(() => memory.simulateSessionReset())
    await act(async () => {
      held[0]!.resolve(STORED_URL)
      await done
    })
    expect(outcome.error).toMatchObject({ code: 'not_ready' })
    expect(calls.updateMyProfile).not.toHaveBeenCalled()
  })

  it('says what the backend takes: no upload without uploadAvatar, the image rule with defaults', async () => {
    const { wrapper } = setup()
    const { result } = renderHook(useAvatarUpload, { wrapper })
    expect(result.current.canUpload).toBe(false)
    expect(result.current.imageRule).toEqual({
      size: 512,
      type: 'image/jpeg',
      maxInputBytes: 20 * 1024 * 1024,
      presets: [],
    })
    let error: unknown
    await act(async () => {
      await result.current.upload(photo()).catch((caught: unknown) => (error = caught))
    })
    expect(error).toMatchObject({ code: 'invalid_argument', field: 'image' })
  })

  it('rejects what is not an image before any upload', async () => {
    const { hook, uploadAvatar } = await ready()
    let error: unknown
    await act(async () => {
      await hook.result.current.photo
        .upload(new Blob(['<svg onload=alert(1)>'], { type: 'text/html' }))
        .catch((caught: unknown) => (error = caught))
    })
    expect(error).toMatchObject({ code: 'invalid_argument', field: 'image' })
    expect(uploadAvatar).not.toHaveBeenCalled()
  })
})

describe('useAvatarUpload over the memory adapter', () => {
  it('stores the photo as a blob: URL, reports progress and shows it as my avatar everywhere', async () => {
    const env = setup({ memory: { latencyMs: 20 } })
    const hook = renderHook(useScreen, {
      wrapper: ({ children }) => <env.wrapper>{children}</env.wrapper>,
    })
    // The memory adapter itself, with its uploadAvatar, behind the provider.
    Object.assign(env.adapter, { uploadAvatar: env.memory.uploadAvatar })
    await waitFor(() => expect(hook.result.current.me.data?.nick).toBe('Ada'))
    expect(hook.result.current.photo.canUpload).toBe(true)
    let saved: string | undefined
    await act(async () => {
      saved = (await hook.result.current.photo.upload(photo())).avatar
    })
    expect(saved).toMatch(/^blob:/)
    expect(env.memory.getStored('me')?.avatar).toBe(saved)
    await waitFor(() => expect(hook.result.current.avatars).toEqual([saved, saved, saved]))
    expect(hook.result.current.photo.progress).toEqual({ loaded: 4, total: 4 })
  })
})
