import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, type within } from 'storybook/test'
import portraitUrl from '../../test-fixtures/avatars/portrait-exif6-gps.jpg?url'
import transparentUrl from '../../test-fixtures/avatars/transparent.png?url'
import notAPhotoUrl from '../../test-fixtures/avatars/not-a-photo.jpg?url'
import { zhCN } from '../messages/zhCN'
import { createKitAdapter, type KitOptions } from '../stories/MemoryKit'
import { memoryStorage } from '../stories/memoryStorage'
import { withPhotoBackend, type PhotoBackend, type PhotoBackendOptions } from '../stories/avatarUploads'
import { withMemoryKit } from '../stories/withMemoryKit'
import { AvatarPicker } from './AvatarPicker'

interface PhotoParameters {
  kit?: KitOptions
  photo?: PhotoBackendOptions
}

let mounts = 0

/** Each story's memory backend, with an `uploadAvatar` that behaves as `parameters.photo` says. */
async function photoKitLoader({ parameters }: Pick<StoryContext, 'parameters'>) {
  const { kit = {}, photo = {} } = parameters as PhotoParameters
  const options: KitOptions = { draftStorage: memoryStorage(), ...kit }
  return {
    adapter: withPhotoBackend(createKitAdapter(options), photo),
    options,
    mountKey: `photo-kit-${++mounts}`,
  }
}
const backend = (context: Pick<StoryContext, 'loaded'>) => context.loaded.adapter as PhotoBackend

// Presets the backend offers: served by the dev server, so they load as http URLs do in an app.
const presets = () => [new URL(portraitUrl, location.href).href, new URL(transparentUrl, location.href).href]

const meta = {
  title: 'Components/AvatarPicker',
  component: AvatarPicker,
  loaders: [photoKitLoader],
  decorators: [
    withMemoryKit,
    (Story) => (
      <div style={{ inlineSize: 'min(100%, 420px)' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof AvatarPicker>
export default meta
type Story = StoryObj<typeof meta> & { parameters?: PhotoParameters }
type Canvas = ReturnType<typeof within>

async function pick(canvas: Canvas, url: string, name: string, type: string) {
  await canvas.findByRole('button', { name: /Choose a photo|选择照片/ }, { timeout: 3000 })
  const input = canvas.getByRole('group', { name: /Profile photo|头像/ }).querySelector('input[type=file]')!
  const bytes = await (await fetch(url)).arrayBuffer()
  await userEvent.upload(input as HTMLInputElement, new File([bytes], name, { type }))
}
const pickPortrait = (canvas: Canvas) => pick(canvas, portraitUrl, 'portrait.jpg', 'image/jpeg')
async function cropReady(canvas: Canvas, confirm = /Use this photo/) {
  await canvas.findByRole('group', { name: /Photo position|照片位置/ }, { timeout: 3000 })
  await waitFor(() =>
    expect(canvas.getByRole('button', { name: confirm })).not.toHaveAttribute('aria-disabled'),
  )
}

/** Picks the portrait, confirms the crop, and waits until the held upload reports 40 %. */
async function uploadHeld(canvas: Canvas) {
  await pickPortrait(canvas)
  await cropReady(canvas)
  await userEvent.click(canvas.getByRole('button', { name: 'Use this photo' }))
  const progress = await canvas.findByRole('progressbar', { name: 'Upload progress' }, { timeout: 3000 })
  await waitFor(() => expect(progress).toHaveAttribute('value', '40'))
}

/** My photo is set: choose another, drop or paste one, use a link, or remove it. */
export const Idle: Story = {
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('button', { name: 'Choose a photo' }, { timeout: 3000 }),
    ).toBeVisible()
    await expect(canvas.getByRole('img', { name: 'Your profile photo' })).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Remove photo' })).not.toHaveAttribute('aria-disabled')
  },
}

/** No photo yet: initials show, and there is nothing to remove. */
export const NoPhoto: Story = {
  parameters: { kit: { me: { userID: 'quinn', nick: 'Quinn Rivera' } } },
  play: async ({ canvas }) => {
    const remove = await canvas.findByRole('button', { name: 'Remove photo' }, { timeout: 3000 })
    await expect(remove).toHaveAttribute('aria-disabled', 'true')
  },
}

/** The backend offers preset avatars beside uploads. */
export const WithPresets: Story = {
  parameters: { photo: { avatarImage: { presets: presets() } } },
  play: async ({ canvas }) => {
    const first = await canvas.findByRole('button', { name: 'Avatar 1' }, { timeout: 3000 })
    await expect(first).toHaveAttribute('aria-pressed', 'false')
  },
}

/** Tencent without an app upload: presets and removing only; picking one saves it at once. */
export const PresetsOnly: Story = {
  parameters: { photo: { upload: 'none', avatarImage: { presets: presets() } } },
  play: async ({ canvas }) => {
    const second = await canvas.findByRole('button', { name: 'Avatar 2' }, { timeout: 3000 })
    await expect(canvas.queryByRole('button', { name: 'Choose a photo' })).toBeNull()
    await userEvent.click(second)
    await expect(await canvas.findByText('Your photo was updated.')).toBeVisible()
    await waitFor(() => expect(second).toHaveAttribute('aria-pressed', 'true'))
  },
}

/** The crop step: a round frame, moved by drag, pinch or arrow keys, and a zoom slider. */
export const Cropping: Story = {
  play: async ({ canvas }) => {
    await pickPortrait(canvas)
    await cropReady(canvas)
    await expect(canvas.getByRole('slider', { name: 'Zoom' })).toHaveAttribute('aria-valuetext', '100%')
  },
}

/** Held at 40 %: the bar shows it, the live region says 25 % (quarter steps), Cancel is offered. */
export const Uploading: Story = {
  parameters: { photo: { upload: 'held' } },
  play: async ({ canvas }) => {
    await uploadHeld(canvas)
    await expect(canvas.getByText('Uploading your photo: 25%')).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Cancel upload' })).toBeVisible()
  },
}

/** The image is stored; its URL is being saved (the backend is slow to save). */
export const Saving: Story = {
  play: async (context) => {
    const { canvas } = context
    backend(context).configure({ latencyMs: 1e9 })
    await pickPortrait(canvas)
    await cropReady(canvas)
    await userEvent.click(canvas.getByRole('button', { name: 'Use this photo' }))
    await expect(await canvas.findByText('Saving your photo…', {}, { timeout: 3000 })).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Cancel upload' })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
  },
}

/** Cancelled while uploading: nothing saved, the crop stays for another try. */
export const Cancelled: Story = {
  parameters: { photo: { upload: 'held' } },
  play: async (context) => {
    const { canvas } = context
    await uploadHeld(canvas)
    await userEvent.click(canvas.getByRole('button', { name: 'Cancel upload' }))
    await expect(await canvas.findByText('Upload cancelled. Your photo was not changed.')).toBeVisible()
    await expect(backend(context).aborted).toBe(1)
    await expect(canvas.getByRole('button', { name: 'Use this photo' })).toBeVisible()
  },
}

/** The upload failed: the alert says why, the crop is kept, Try again is offered. */
export const UploadFailed: Story = {
  parameters: { photo: { upload: 'fails' } },
  play: async ({ canvas }) => {
    await pickPortrait(canvas)
    await cropReady(canvas)
    await userEvent.click(canvas.getByRole('button', { name: 'Use this photo' }))
    await expect(await canvas.findByRole('alert', {}, { timeout: 3000 })).toHaveTextContent(
      'Couldn’t upload your photo. Network problem. Check your connection and try again.',
    )
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible()
    await expect(canvas.getByRole('group', { name: 'Photo position' })).toBeVisible()
  },
}

/** A text file named .jpg is refused by its content, before any cropping. */
export const NotAnImage: Story = {
  play: async ({ canvas }) => {
    await pick(canvas, notAPhotoUrl, 'not-a-photo.jpg', 'image/jpeg')
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'This file isn’t an image that can be used. Choose a JPEG, PNG, WebP or GIF photo.',
    )
  },
}

/** A photo over the backend's input limit is refused with both sizes. */
export const TooLarge: Story = {
  parameters: { photo: { avatarImage: { maxInputBytes: 500 } } },
  play: async ({ canvas }) => {
    await pickPortrait(canvas)
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'This photo is 1 kB. Choose one of up to 0.5 kB.',
    )
  },
}

/** Removed: the status says so, and the initials show. */
export const Removed: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Remove photo' }, { timeout: 3000 }))
    await expect(await canvas.findByText('Your photo was removed.')).toBeVisible()
    await waitFor(() =>
      expect(canvas.getByRole('img', { name: 'Your profile photo' })).toHaveAttribute(
        'data-shown',
        'initials',
      ),
    )
  },
}

/** The secondary way: a link that is not http(s) is refused inline. */
export const LinkRefused: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByText('Use an image link instead', {}, { timeout: 3000 }))
    await userEvent.type(
      canvas.getByRole('textbox', { name: 'Image link' }),
      'ftp://example.com/me.png{Enter}',
    )
    await expect(canvas.getByRole('textbox', { name: 'Image link' })).toHaveAttribute('aria-invalid', 'true')
  },
}

/** 简体中文, in the crop step. */
export const ChineseCropping: Story = {
  parameters: { kit: { messages: zhCN } },
  play: async ({ canvas }) => {
    await pickPortrait(canvas)
    await cropReady(canvas, /使用这张照片/)
    await expect(canvas.getByRole('slider', { name: '缩放' })).toBeVisible()
  },
}
