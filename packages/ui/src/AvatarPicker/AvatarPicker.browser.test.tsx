import { beforeEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { useMyProfile } from '@profile-kit/core'
import portraitUrl from '../../test-fixtures/avatars/portrait-exif6-gps.jpg?url'
import notAPhotoUrl from '../../test-fixtures/avatars/not-a-photo.jpg?url'
import '../styles.css'
import { createKitAdapter, MemoryKit } from '../stories/MemoryKit'
import { withPhotoBackend, type PhotoBackendOptions } from '../stories/avatarUploads'
import { AvatarPicker } from './AvatarPicker'

async function file(url: string, name: string, type: string) {
  return new File([await (await fetch(url)).arrayBuffer()], name, { type })
}

/** My avatar as another part of the app shows it (a message row), to see the change everywhere. */
function MyAvatarElsewhere() {
  const me = useMyProfile()
  return <output data-testid="elsewhere">{me.data?.avatar}</output>
}

async function renderPicker(options: PhotoBackendOptions = {}) {
  const backend = withPhotoBackend(createKitAdapter(), options)
  const screen = await render(
    <MemoryKit adapter={backend}>
      <div style={{ inlineSize: 480 }}>
        <AvatarPicker />
        <MyAvatarElsewhere />
      </div>
    </MemoryKit>,
  )
  await expect.element(page.getByRole('button', { name: 'Choose a photo' })).toBeVisible()
  const input = screen.container.querySelector<HTMLInputElement>('input[type=file]')!
  return { backend, input }
}

/** Picks the EXIF-rotated portrait and waits until the cropper has measured it. */
async function pickPortrait(input: HTMLInputElement) {
  await userEvent.upload(input, await file(portraitUrl, 'portrait.jpg', 'image/jpeg'))
  const cropArea = page.getByRole('group', { name: 'Photo position' })
  await expect.element(cropArea).toBeVisible()
  await expect
    .element(page.getByRole('button', { name: 'Use this photo' }))
    .not.toHaveAttribute('aria-disabled')
  return cropArea
}

async function pixelAt(blob: Blob, x: number, y: number) {
  const bitmap = await createImageBitmap(blob)
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
  const context = canvas.getContext('2d')!
  context.drawImage(bitmap, 0, 0)
  return { size: [bitmap.width, bitmap.height], rgb: [...context.getImageData(x, y, 1, 1).data].slice(0, 3) }
}
const isRed = ([r, g, b]: number[]) => r! > 180 && g! < 60 && b! < 60
const isBlue = ([r, g, b]: number[]) => b! > 180 && r! < 60 && g! < 60

beforeEach(() => sessionStorage.clear())

describe('AvatarPicker in Chromium', () => {
  it('crops by keyboard, uploads the cropped 512 px JPEG without EXIF, and saves its URL', async () => {
    const { backend, input } = await renderPicker()
    const cropArea = await pickPortrait(input)
    // Focus moves to the crop step; Tab reaches the photo, which the arrow keys move.
    await expect.element(page.getByRole('group', { name: 'Crop your photo' })).toHaveFocus()
    await userEvent.tab()
    await expect.element(cropArea).toHaveFocus()
    // The upright portrait is 64×96, red on top: the centred square is red above its middle.
    // Moving the photo up with the keyboard brings its blue lower part into the circle.
    await userEvent.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}')
    await userEvent.click(page.getByRole('button', { name: 'Use this photo' }))

    await expect.element(page.getByText('Your photo was updated.')).toBeVisible()
    expect(backend.received).toHaveLength(1)
    const [sent] = backend.received
    expect(sent!.type).toBe('image/jpeg')
    const bytes = new Uint8Array(await sent!.arrayBuffer())
    expect(new TextDecoder('latin1').decode(bytes)).not.toContain('Exif')
    const sample = await pixelAt(sent!, 256, 200)
    expect(sample.size).toEqual([512, 512])
    expect(sample.rgb).toSatisfy(isBlue)
    expect(backend.getStored('ada')?.avatar).toBe('https://cdn.example.test/avatars/1.jpg')
    await expect
      .element(page.getByTestId('elsewhere'))
      .toHaveTextContent('https://cdn.example.test/avatars/1.jpg')
  })

  it('uploads the centred crop when the person only confirms', async () => {
    const { backend, input } = await renderPicker()
    await pickPortrait(input)
    await userEvent.click(page.getByRole('button', { name: 'Use this photo' }))
    await expect.element(page.getByText('Your photo was updated.')).toBeVisible()
    expect((await pixelAt(backend.received[0]!, 256, 200)).rgb).toSatisfy(isRed)
  })

  it('zooms with the slider by keyboard', async () => {
    const { input } = await renderPicker()
    await pickPortrait(input)
    const zoom = page.getByRole('slider', { name: 'Zoom' })
    await userEvent.click(zoom)
    ;(zoom.element() as HTMLInputElement).focus()
    await userEvent.keyboard('{Home}{ArrowRight}{ArrowRight}')
    await expect.element(zoom).toHaveAttribute('aria-valuetext', '110%')
  })

  it('shows the photo everywhere at once, shows and announces progress, and Cancel stops the upload', async () => {
    const { backend, input } = await renderPicker({ upload: 'held' })
    const before = backend.getStored('ada')?.avatar
    await pickPortrait(input)
    await userEvent.click(page.getByRole('button', { name: 'Use this photo' }))

    const progress = page.getByRole('progressbar', { name: 'Upload progress' })
    await expect.element(progress).toHaveAttribute('value', '40')
    await expect.element(page.getByText('Uploading your photo: 25%')).toBeVisible()
    expect(
      page.getByText('Uploading your photo: 25%').element().closest('[aria-live="polite"]'),
    ).not.toBeNull()
    await expect.element(page.getByTestId('elsewhere')).toHaveTextContent(/^blob:/)

    await userEvent.click(page.getByRole('button', { name: 'Cancel upload' }))
    await expect.element(page.getByText('Upload cancelled. Your photo was not changed.')).toBeVisible()
    expect(backend.aborted).toBe(1)
    expect(backend.getStored('ada')?.avatar).toBe(before)
    await expect.element(page.getByTestId('elsewhere')).toHaveTextContent(before!)
    // The crop step stays, ready to try again.
    await expect.element(page.getByRole('button', { name: 'Use this photo' })).toBeVisible()
  })

  it('keeps the crop after a failed upload, says what failed, and tries again', async () => {
    const { backend, input } = await renderPicker({ upload: 'fails' })
    const before = backend.getStored('ada')?.avatar
    await pickPortrait(input)
    const zoom = page.getByRole('slider', { name: 'Zoom' })
    ;(zoom.element() as HTMLInputElement).focus()
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}')
    await userEvent.click(page.getByRole('button', { name: 'Use this photo' }))

    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('Couldn’t upload your photo. Network problem. Check your connection and try again.')
    expect(backend.getStored('ada')?.avatar).toBe(before)
    await expect.element(page.getByTestId('elsewhere')).toHaveTextContent(before!)
    await expect.element(zoom).toHaveAttribute('aria-valuetext', '120%')

    backend.behave('succeeds')
    await userEvent.click(page.getByRole('button', { name: 'Try again' }))
    await expect.element(page.getByText('Your photo was updated.')).toBeVisible()
    expect(backend.received).toHaveLength(2)
    expect(backend.getStored('ada')?.avatar).toBe('https://cdn.example.test/avatars/2.jpg')
  })

  it('refuses a file that lies about its type, and one over the size limit, before cropping', async () => {
    const { backend, input } = await renderPicker({ avatarImage: { maxInputBytes: 500 } })
    await userEvent.upload(input, await file(notAPhotoUrl, 'not-a-photo.jpg', 'image/jpeg'))
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('This file isn’t an image that can be used. Choose a JPEG, PNG, WebP or GIF photo.')

    await userEvent.upload(input, await file(portraitUrl, 'portrait.jpg', 'image/jpeg'))
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('This photo is 1 kB. Choose one of up to 0.5 kB.')
    expect(page.getByRole('group', { name: 'Photo position' }).query()).toBeNull()
    expect(backend.received).toHaveLength(0)
  })

  it('takes a pasted or dropped image', async () => {
    await renderPicker()
    const portrait = await file(portraitUrl, 'portrait.jpg', 'image/jpeg')
    const choose = page.getByRole('button', { name: 'Choose a photo' }).element()
    const pasted = new DataTransfer()
    pasted.items.add(portrait)
    choose.dispatchEvent(new ClipboardEvent('paste', { clipboardData: pasted, bubbles: true }))
    await expect.element(page.getByRole('group', { name: 'Photo position' })).toBeVisible()
    await userEvent.click(page.getByRole('button', { name: 'Cancel' }))
    await expect.element(page.getByRole('button', { name: 'Choose a photo' })).toHaveFocus()

    const dropped = new DataTransfer()
    dropped.items.add(portrait)
    const target = page.getByText('Or drop or paste an image here', { exact: false }).element()
    const drag = (type: string) =>
      new DragEvent(type, { dataTransfer: dropped, bubbles: true, cancelable: true })
    const over = drag('dragover')
    target.dispatchEvent(over)
    expect(over.defaultPrevented).toBe(true) // the picker accepts the drop
    await expect
      .element(page.getByRole('group', { name: 'Profile photo' }))
      .toHaveAttribute('data-dragging', '')
    target.dispatchEvent(drag('drop'))
    await expect.element(page.getByRole('group', { name: 'Photo position' })).toBeVisible()
  })
})
