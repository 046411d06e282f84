import { QueryClient } from '@tanstack/query-core'
import { describe, expect, it, vi } from 'vitest'
import type { AvatarUploadOptions } from '../adapter/AvatarUpload'
import {
  createMemoryAdapter,
  createProfileClient,
  isUploadCancelled,
  profileKeys,
  uploadAvatar,
} from '../vanilla'
import type { Profile } from '../model/profile'

// Uploading must work without React: any React import fails this file.
vi.mock('react', () => {
  throw new Error('react imported')
})
vi.mock('@tanstack/react-query', () => {
  throw new Error('@tanstack/react-query imported')
})

const OLD = 'https://cdn.example.com/old.png'
const STORED = 'https://cdn.example.com/new.jpg'
const jpeg = () => new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' })

/** A client over a memory backend whose `uploadAvatar` the test drives. */
function heldUploads() {
  const memory = createMemoryAdapter({ me: { userID: 'me', nick: 'Ada', avatar: OLD } })
  const uploads: Array<{ options: AvatarUploadOptions; resolve(url: string): void }> = []
  const updateMyProfile = vi.fn((patch: Parameters<typeof memory.updateMyProfile>[0]) =>
    memory.updateMyProfile(patch),
  )
  const client = createProfileClient(
    {
      schema: memory.schema,
      getMyProfile: () => memory.getMyProfile(),
      getUserProfiles: (userIDs) => memory.getUserProfiles(userIDs),
      updateMyProfile,
      uploadAvatar: (_image, options) =>
        new Promise((resolve, reject) => {
          uploads.push({ options, resolve })
          options.signal.addEventListener('abort', () => reject(options.signal.reason))
        }),
    },
    new QueryClient(),
  )
  const shownAvatar = () =>
    (client.queryClient.getQueryData(profileKeys.user('me')) as Profile | undefined)?.avatar
  return { memory, uploads, updateMyProfile, client, shownAvatar }
}

describe('uploadAvatar: sets my photo through the engine, without React', () => {
  it('shows a real object URL of the image at once, reports progress, saves the stored URL and frees the preview', async () => {
    const { uploads, updateMyProfile, client, shownAvatar, memory } = heldUploads()
    const progress = vi.fn()
    const saved = uploadAvatar(client, jpeg(), { onProgress: progress })
    await vi.waitFor(() => expect(uploads).toHaveLength(1))
    const preview = shownAvatar()!
    expect(preview).toMatch(/^blob:/)
    expect(await (await fetch(preview)).bytes()).toEqual(new Uint8Array([0xff, 0xd8, 0xff]))

    uploads[0]!.options.onProgress?.({ loaded: 1, total: 3 })
    uploads[0]!.options.onProgress?.({ loaded: Number.NaN, total: 3 })
    uploads[0]!.resolve(STORED)
    await expect(saved).resolves.toMatchObject({ avatar: STORED })

    expect(progress.mock.calls).toEqual([[{ loaded: 1, total: 3 }]])
    expect(updateMyProfile).toHaveBeenCalledExactlyOnceWith({ avatar: STORED })
    expect(memory.getStored('me')?.avatar).toBe(STORED)
    expect(shownAvatar()).toBe(STORED)
    await expect(fetch(preview)).rejects.toThrow()
  })

  it('an aborted signal cancels: the adapter sees it, the preview goes, nothing is saved', async () => {
    const { uploads, updateMyProfile, client, shownAvatar } = heldUploads()
    const controller = new AbortController()
    const saved = uploadAvatar(client, jpeg(), { signal: controller.signal })
    await vi.waitFor(() => expect(uploads).toHaveLength(1))
    controller.abort()
    const error = await saved.catch((caught: unknown) => caught)
    expect(isUploadCancelled(error)).toBe(true)
    expect(uploads[0]!.options.signal.aborted).toBe(true)
    expect(shownAvatar()).toBe(OLD)
    expect(updateMyProfile).not.toHaveBeenCalled()
  })
})

describe('uploadAvatar: what it needs', () => {
  it('names the engine when given a copy of it, which has no pending layers', async () => {
    const { client } = heldUploads()
    await expect(uploadAvatar({ ...client }, jpeg())).rejects.toMatchObject({
      code: 'invalid_argument',
      field: 'client',
    })
  })
})
