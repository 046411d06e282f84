import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { useUserPresence } from '@profile-kit/core'
import { Avatar } from '../Avatar/Avatar'
import { memoryKitLoader, withMemoryKit, type KitParameters } from '../stories/withMemoryKit'
import { PresenceStatus } from './PresenceStatus'

/** A standalone avatar with its presence, and the same user's name with the presence in words. */
function PresenceDemo({ userID, name }: { userID: string; name: string }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
      <Avatar userID={userID} name={name} size="lg" presence={useUserPresence(userID)} />
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
const CHINESE_ARGS = { userID: 'grace', name: '王美玲' }

/** A state with words: the avatar is named "name, presence", the text shows, the dot has the state. */
function shown(parameters: KitParameters, state: string, name: string, text: string): Story {
  return {
    parameters,
    play: async ({ canvas, canvasElement }) => {
      await expect(await canvas.findByRole('img', { name: `${name}${text}` })).toBeVisible()
      await expect(canvas.getByText(text.replace(/^(, |，)/, ''))).toBeVisible()
      await expect(dot(canvasElement)).toHaveAttribute('data-state', state)
    },
  }
}

/** A state without words: the avatar is named by the name alone and has no dot. */
function silent(parameters: KitParameters, state: string, name: string): Story {
  return {
    parameters,
    play: async ({ canvas, canvasElement }) => {
      await waitFor(() => expect(canvas.getByRole('img', { name })).toHaveAttribute('data-presence', state))
      await expect(dot(canvasElement)).toBeNull()
    },
  }
}

export const Online = shown(online, 'online', 'Grace Hopper', ', Online')
export const OfflineLastSeen = shown(offline, 'offline', 'Grace Hopper', ', Last seen 5 minutes ago')
export const Unknown = silent(unknown, 'unknown', 'Grace Hopper')
export const Unavailable = silent(unavailable, 'unavailable', 'Grace Hopper')

export const OnlineChinese: Story = {
  ...shown(online, 'online', '王美玲', '，在线'),
  args: CHINESE_ARGS,
  globals: chinese,
}
export const OfflineLastSeenChinese: Story = {
  ...shown(offline, 'offline', '王美玲', '，最后在线：5分钟前'),
  args: CHINESE_ARGS,
  globals: chinese,
}
export const UnknownChinese: Story = {
  ...silent(unknown, 'unknown', '王美玲'),
  args: CHINESE_ARGS,
  globals: chinese,
}
export const UnavailableChinese: Story = {
  ...silent(unavailable, 'unavailable', '王美玲'),
  args: CHINESE_ARGS,
  globals: chinese,
}

export const OnlineDark: Story = {
  ...shown(online, 'online', 'Grace Hopper', ', Online'),
  globals: { theme: 'dark' },
}
