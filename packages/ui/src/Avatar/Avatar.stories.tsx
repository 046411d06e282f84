import type { Meta, StoryObj } from '@storybook/react-vite'
import type { CSSProperties } from 'react'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { BROKEN_AVATAR, PORTRAITS } from '../stories/portraits'
import { Avatar } from './Avatar'
import { AVATAR_PALETTE } from './avatarColor'

const meta = {
  title: 'Components/Avatar',
  component: Avatar,
  args: { name: 'Ada Lovelace', userID: 'ada', size: 'lg' },
} satisfies Meta<typeof Avatar>
export default meta
type Story = StoryObj<typeof meta>

const row = { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 16 } as const

export const Image: Story = {
  args: { src: PORTRAITS.ada },
  play: async ({ canvas }) => {
    const avatar = canvas.getByRole('img', { name: 'Ada Lovelace' })
    await waitFor(() => expect(avatar).toHaveAttribute('data-shown', 'image'))
    await expect(avatar.querySelector('img')).toBeVisible()
  },
}

export const Initials: Story = {
  render: (args) => (
    <div style={row}>
      {[
        'Ada Lovelace',
        'grace hopper',
        '王美玲',
        '山田 太郎',
        '👩‍💻 Dev Team',
        '🇫🇷 Jean',
        'Émile Zola',
        'محمد علي',
      ].map((name) => (
        <Avatar key={name} {...args} name={name} userID={name} />
      ))}
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('img', { name: 'Ada Lovelace' })).toHaveTextContent('AL')
    await expect(canvas.getByRole('img', { name: '王美玲' })).toHaveTextContent('王')
    await expect(canvas.getByRole('img', { name: '👩‍💻 Dev Team' })).toHaveTextContent('👩‍💻')
    await expect(canvas.getByRole('img', { name: '🇫🇷 Jean' })).toHaveTextContent('🇫🇷')
  },
}

export const IconFallback: Story = {
  args: { name: '' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('img', { name: 'Unknown user' })).toHaveAttribute('data-shown', 'icon')
  },
}

export const BrokenImage: Story = {
  args: { src: BROKEN_AVATAR, name: 'Grace Hopper', userID: 'grace' },
  play: async ({ canvas }) => {
    const avatar = canvas.getByRole('img', { name: 'Grace Hopper' })
    await waitFor(() => expect(avatar).toHaveAttribute('data-shown', 'initials'))
    await expect(avatar).toHaveTextContent('GH')
    await expect(avatar.querySelector('img')).toBeNull()
  },
}

export const UnsafeUrl: Story = {
  args: { src: 'javascript:alert(1)', name: 'Mallory', userID: 'mallory' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img')).toBeNull()
    await expect(within(canvasElement).getByRole('img', { name: 'Mallory' })).toHaveTextContent('M')
  },
}

export const Sizes: Story = {
  render: (args) => (
    <div style={row}>
      <Avatar {...args} size="sm" />
      <Avatar {...args} size="md" />
      <Avatar {...args} size="lg" />
      <Avatar {...args} size={96} src={PORTRAITS.ada} />
    </div>
  ),
  play: async ({ canvas }) => {
    const [sm, , lg] = canvas.getAllByRole('img', { name: 'Ada Lovelace' })
    await expect(sm!.getBoundingClientRect().width).toBe(24)
    await expect(lg!.getBoundingClientRect().width).toBe(64)
  },
}

export const AsButton: Story = {
  args: { onClick: fn(), src: PORTRAITS.grace, name: 'Grace Hopper', userID: 'grace' },
  play: async ({ canvas, args }) => {
    const button = canvas.getByRole('button', { name: 'View profile of Grace Hopper' })
    await userEvent.click(button)
    await userEvent.keyboard(' ')
    await expect(button).toHaveFocus()
    await expect(args.onClick).toHaveBeenCalledTimes(2)
  },
}

export const Palette: Story = {
  render: (args) => (
    <div style={row}>
      {AVATAR_PALETTE.map((colour, index) => (
        <Avatar
          key={colour.background}
          {...args}
          name={`Colour ${index + 1}`}
          style={{ '--pk-avatar-bg': colour.background } as CSSProperties}
        />
      ))}
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('img')).toHaveLength(AVATAR_PALETTE.length)
  },
}

export const Dark: Story = {
  globals: { theme: 'dark' },
  render: (args) => (
    <div style={row}>
      <Avatar {...args} src={PORTRAITS.mei} name="王美玲" userID="mei" />
      <Avatar {...args} name="Linus Torvalds" userID="linus" />
      <Avatar {...args} name="" />
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('img', { name: 'Linus Torvalds' })).toHaveTextContent('LT')
  },
}
