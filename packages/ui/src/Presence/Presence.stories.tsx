import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { Avatar } from '../Avatar/Avatar'
import { memoryKitLoader, withMemoryKit, type KitParameters } from '../stories/withMemoryKit'
import { PresenceStatus } from './PresenceStatus'

/** A standalone avatar with its presence, and the same user's name with the presence in words. */
function PresenceDemo({ userID, name }: { userID: string; name: string }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
      <Avatar userID={userID} name={name} size="lg" showPresence />
      <p style={{ display: 'grid', gap: 4, margin: 0 }}>
        <strong>{name}</strong>
        <PresenceStatus userID={userID} />
      </p>
    </div>
  )
}

const meta = {
  title: 'Components/Presence',
  component: PresenceDemo,
  loaders: [memoryKitLoader],
  decorators: [withMemoryKit],
  args: { userID: 'grace', name: 'Grace Hopper' },
} satisfies Meta<typeof PresenceDemo>
export default meta
type Story = StoryObj<typeof meta> & { parameters?: KitParameters }

const FIVE_MINUTES_AGO = Date.now() - 5 * 60_000
const online: KitParameters = { kit: { presence: { online: ['grace'] } } }
const offline: KitParameters = { kit: { presence: { lastSeenAt: { grace: FIVE_MINUTES_AGO } } } }
// The backend never answers: what a user sees before the first answer.
const unknown: KitParameters = { kit: { latencyMs: 1e9 } }
// Presence switched off at the backend (Tencent 72001): nothing shows, no error.
const unavailable: KitParameters = { kit: { presence: { enabled: false } } }
const chinese = { locale: 'zh-CN' }

const dot = (element: HTMLElement) => element.querySelector('.pk-avatar__presence')

export const Online: Story = {
  parameters: online,
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByRole('img', { name: 'Grace Hopper, Online' })).toBeVisible()
    await expect(canvas.getByText('Online')).toBeVisible()
    await expect(dot(canvasElement)).toHaveAttribute('data-state', 'online')
  },
}

export const OfflineLastSeen: Story = {
  parameters: offline,
  play: async ({ canvas, canvasElement }) => {
    await expect(
      await canvas.findByRole('img', { name: 'Grace Hopper, Last seen 5 minutes ago' }),
    ).toBeVisible()
    await expect(canvas.getByText('Last seen 5 minutes ago')).toBeVisible()
    await expect(dot(canvasElement)).toHaveAttribute('data-state', 'offline')
  },
}

export const Unknown: Story = {
  parameters: unknown,
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('img', { name: 'Grace Hopper' })).toHaveAttribute(
      'data-presence',
      'unknown',
    )
    await expect(dot(canvasElement)).toBeNull()
  },
}

export const Unavailable: Story = {
  parameters: unavailable,
  play: async ({ canvas, canvasElement }) => {
    await waitFor(() =>
      expect(canvas.getByRole('img', { name: 'Grace Hopper' })).toHaveAttribute(
        'data-presence',
        'unavailable',
      ),
    )
    await expect(dot(canvasElement)).toBeNull()
  },
}

export const OnlineChinese: Story = {
  args: { userID: 'grace', name: '王美玲' },
  globals: chinese,
  parameters: online,
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('img', { name: '王美玲，在线' })).toBeVisible()
    await expect(canvas.getByText('在线')).toBeVisible()
  },
}

export const OfflineLastSeenChinese: Story = {
  args: { userID: 'grace', name: '王美玲' },
  globals: chinese,
  parameters: offline,
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('img', { name: '王美玲，最后在线：5分钟前' })).toBeVisible()
    await expect(canvas.getByText('最后在线：5分钟前')).toBeVisible()
  },
}

export const UnknownChinese: Story = {
  args: { userID: 'grace', name: '王美玲' },
  globals: chinese,
  parameters: unknown,
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('img', { name: '王美玲' })).toHaveAttribute('data-presence', 'unknown')
    await expect(dot(canvasElement)).toBeNull()
  },
}

export const UnavailableChinese: Story = {
  args: { userID: 'grace', name: '王美玲' },
  globals: chinese,
  parameters: unavailable,
  play: async ({ canvas, canvasElement }) => {
    await waitFor(() =>
      expect(canvas.getByRole('img', { name: '王美玲' })).toHaveAttribute('data-presence', 'unavailable'),
    )
    await expect(dot(canvasElement)).toBeNull()
  },
}

export const OnlineDark: Story = {
  globals: { theme: 'dark' },
  parameters: online,
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('img', { name: 'Grace Hopper, Online' })).toBeVisible()
  },
}
