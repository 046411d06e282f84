import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor } from 'storybook/test'
import type { SeedFriend } from '@profile-kit/core/vanilla'
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

type Canvas = Parameters<NonNullable<Story['play']>>[0]['canvas']

/**
 * A story of a card named by one source: it waits for the card, finds it by `name`, and runs
 * `check` for the rest. `chinese` renders it with the Chinese messages.
 */
function namedBy(
  userID: string,
  name: string,
  {
    chinese = false,
    friends,
    check,
  }: { chinese?: boolean; friends?: SeedFriend[]; check?: (canvas: Canvas) => Promise<unknown> } = {},
): Story {
  const kit = {
    ...meta.parameters.kit,
    ...(friends ? { friends } : {}),
    ...(chinese ? { messages: zhCN } : {}),
  }
  return {
    args: { userID },
    ...(chinese ? { globals: { locale: 'zh-CN' } } : {}),
    parameters: { kit },
    play: async ({ canvasElement, canvas }) => {
      await ready(canvasElement)
      await expect(await canvas.findByRole('group', { name })).toBeVisible()
      await check?.(canvas)
    },
  }
}

export const ByRemark = namedBy('grace', 'Admiral', {
  check: async (canvas) => {
    await expect(canvas.getByText('Grace Hopper')).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Edit remark' })).toBeVisible()
  },
})

export const ByNick = namedBy('linus', 'Linus', {
  check: async (canvas) => expect(await canvas.findByText('None')).toBeVisible(),
})

export const ByUserID = namedBy('no-nick-7731', 'no-nick-7731', {
  check: async (canvas) => expect(canvas.queryByText('Remark')).toBeNull(),
})

export const ByRemarkChinese = namedBy('mei', '设计师小王', {
  chinese: true,
  check: async (canvas) => expect(canvas.getByRole('button', { name: '修改备注' })).toBeVisible(),
})

export const ByNickChinese = namedBy('mei', '王美玲', {
  chinese: true,
  friends: [{ userID: 'mei' }],
  check: async (canvas) => expect(await canvas.findByText('无')).toBeVisible(),
})

export const ByUserIDChinese = namedBy('no-nick-7731', 'no-nick-7731', { chinese: true })

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
