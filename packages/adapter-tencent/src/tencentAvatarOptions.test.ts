import { describe, expect, it, vi } from 'vitest'
import { createTencentChatAdapter } from './createTencentChatAdapter'
import { createTencentChatDouble } from './testing/createTencentChatDouble'

const chat = () => createTencentChatDouble({ users: [{ userID: 'me' }] })
const PRESETS = ['https://cdn.example.com/avatars/cat.png', 'https://cdn.example.com/avatars/dog.png']

describe('createTencentChatAdapter: profile photos come from the app', () => {
  it('offers no upload and no presets unless the app gives them', () => {
    const adapter = createTencentChatAdapter(chat())
    expect(adapter.uploadAvatar).toBeUndefined()
    expect(adapter.avatarImage?.presets).toEqual([])
  })

  it('uploads with the app’s uploadAvatar, passing the image, signal and progress through', async () => {
    const uploadAvatar = vi.fn(async () => 'https://cos.example.com/a.jpg')
    const adapter = createTencentChatAdapter(chat(), { uploadAvatar, avatarImage: { size: 256 } })
    const image = new Blob(['x'], { type: 'image/jpeg' })
    const options = { signal: new AbortController().signal, onProgress: vi.fn() }
    await expect(adapter.uploadAvatar!(image, options)).resolves.toBe('https://cos.example.com/a.jpg')
    expect(uploadAvatar).toHaveBeenCalledWith(image, options)
    expect(adapter.avatarImage).toMatchObject({ size: 256, type: 'image/jpeg', presets: [] })
  })

  it('offers preset avatars, as Tencent’s UIKit does', () => {
    const adapter = createTencentChatAdapter(chat(), { avatarPresets: PRESETS })
    expect(adapter.uploadAvatar).toBeUndefined()
    expect(adapter.avatarImage?.presets).toEqual(PRESETS)
  })

  it.each<[object, string]>([
    [{ uploadAvatar: 'https://upload.example.com' }, 'uploadAvatar'],
    [{ avatarPresets: 'https://cdn.example.com/a.png' }, 'avatarPresets'],
    [{ avatarPresets: [PRESETS[0], 'javascript:alert(1)'] }, 'avatarPresets[1]'],
    [{ avatarImage: { size: -1 } }, 'avatarImage.size'],
  ])('refuses %j when the adapter is created, naming %s', (options, field) => {
    expect(() => createTencentChatAdapter(chat(), options)).toThrow(
      expect.objectContaining({ code: 'invalid_argument', field }),
    )
  })
})
