import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor } from 'storybook/test'
import { zhCN } from '../messages/zhCN'
import { kitAdapter, memoryKitLoader, withMemoryKit, type KitParameters } from '../stories/withMemoryKit'
import { ProfileCard } from './ProfileCard'

/**
 * Where a card's name comes from: my remark for a friend, else the nickname, else the user ID.
 * Each source in English and in Chinese; axe checks every story.
 */
const meta = {
  title: 'Components/ProfileCard/Names',
  component: ProfileCard,
  loaders: [memoryKitLoader],
  decorators: [withMemoryKit],
  parameters: {
    kit: {
      friends: [
        { userID: 'grace', remark: 'Admiral' },
        { userID: 'mei', remark: '设计师小王' },
        { userID: 'linus' },
      ],
    },
  },
} satisfies Meta<typeof ProfileCard>
export default meta
type Story = StoryObj<typeof meta> & { parameters?: KitParameters }

const ready = (element: HTMLElement) =>
  waitFor(() => expect(element.querySelector('.pk-card')).toHaveAttribute('data-state', 'ready'), {
    timeout: 3000,
  })

export const ByRemark: Story = {
  args: { userID: 'grace' },
  play: async ({ canvasElement, canvas }) => {
    await ready(canvasElement)
    await expect(await canvas.findByRole('group', { name: 'Admiral' })).toBeVisible()
    await expect(canvas.getByText('Grace Hopper')).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Edit remark' })).toBeVisible()
  },
}

export const ByNick: Story = {
  args: { userID: 'linus' },
  play: async ({ canvasElement, canvas }) => {
    await ready(canvasElement)
    await expect(canvas.getByRole('group', { name: 'Linus' })).toBeVisible()
    await expect(await canvas.findByText('None')).toBeVisible()
  },
}

export const ByUserID: Story = {
  args: { userID: 'no-nick-7731' },
  play: async ({ canvasElement, canvas }) => {
    await ready(canvasElement)
    await expect(canvas.getByRole('group', { name: 'no-nick-7731' })).toBeVisible()
    await expect(canvas.queryByText('Remark')).toBeNull()
  },
}

const chinese = { globals: { locale: 'zh-CN' } } as const
const chineseKit = (kit: KitParameters['kit']) => ({
  kit: { ...meta.parameters.kit, ...kit, messages: zhCN },
})

export const ByRemarkChinese: Story = {
  ...chinese,
  args: { userID: 'mei' },
  parameters: chineseKit({}),
  play: async ({ canvasElement, canvas }) => {
    await ready(canvasElement)
    await expect(await canvas.findByRole('group', { name: '设计师小王' })).toBeVisible()
    await expect(canvas.getByText('备注')).toBeVisible()
    await expect(canvas.getByRole('button', { name: '修改备注' })).toBeVisible()
  },
}

export const ByNickChinese: Story = {
  ...chinese,
  args: { userID: 'mei' },
  parameters: chineseKit({ friends: [{ userID: 'mei' }] }),
  play: async ({ canvasElement, canvas }) => {
    await ready(canvasElement)
    await expect(canvas.getByRole('group', { name: '王美玲' })).toBeVisible()
    await expect(await canvas.findByText('无')).toBeVisible()
  },
}

export const ByUserIDChinese: Story = {
  ...chinese,
  args: { userID: 'no-nick-7731' },
  parameters: chineseKit({}),
  play: async ({ canvasElement, canvas }) => {
    await ready(canvasElement)
    await expect(canvas.getByRole('group', { name: 'no-nick-7731' })).toBeVisible()
  },
}

export const EditingTheRemark: Story = {
  args: { userID: 'linus' },
  play: async ({ canvasElement, canvas }) => {
    await ready(canvasElement)
    await userEvent.click(await canvas.findByRole('button', { name: 'Edit remark' }))
    await userEvent.type(canvas.getByRole('textbox', { name: 'Remark' }), 'Penguin keeper')
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }))
    await expect(await canvas.findByRole('group', { name: 'Penguin keeper' })).toBeVisible()
  },
}

export const RenamedOnAnotherDevice: Story = {
  args: { userID: 'grace' },
  play: async (context) => {
    const { canvasElement, canvas } = context
    await ready(canvasElement)
    await canvas.findByRole('group', { name: 'Admiral' })
    kitAdapter(context).simulateRemoteRemark('grace', 'Amazing Grace')
    await expect(await canvas.findByRole('group', { name: 'Amazing Grace' })).toBeVisible()
  },
}
