import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, type within } from 'storybook/test'
import { zhCN } from '../messages/zhCN'
import { memoryStorage } from '../stories/memoryStorage'
import { kitAdapter, memoryKitLoader, withMemoryKit, type KitParameters } from '../stories/withMemoryKit'
import { ProfileEditor } from './ProfileEditor'

const meta = {
  title: 'Components/ProfileEditor',
  component: ProfileEditor,
  loaders: [memoryKitLoader],
  decorators: [withMemoryKit],
} satisfies Meta<typeof ProfileEditor>
export default meta
type Story = StoryObj<typeof meta> & { parameters?: KitParameters }

type Canvas = ReturnType<typeof within>
const nickname = (canvas: Canvas) => canvas.findByRole('textbox', { name: 'Nickname' }, { timeout: 3000 })
const saveButton = (canvas: Canvas) => canvas.getByRole('button', { name: /Save changes|Saving…/ })

export const Pristine: Story = {
  play: async ({ canvas }) => {
    await expect(await nickname(canvas)).toHaveValue('Ada Lovelace')
    await expect(saveButton(canvas)).toHaveAttribute('aria-disabled', 'true')
    await expect(canvas.getByRole('button', { name: 'Reset' })).toHaveAttribute('aria-disabled', 'true')
  },
}

export const Dirty: Story = {
  play: async ({ canvas }) => {
    const nick = await nickname(canvas)
    await userEvent.type(nick, ', Countess of Lovelace')
    await expect(saveButton(canvas)).not.toHaveAttribute('aria-disabled')
    await expect(canvas.getByRole('button', { name: 'Reset' })).not.toHaveAttribute('aria-disabled')
  },
}

export const Invalid: Story = {
  play: async ({ canvas }) => {
    const nick = await nickname(canvas)
    await userEvent.type(nick, ', Countess of Lovelace, Enchantress of Numbers')
    const email = canvas.getByRole('textbox', { name: 'Email' })
    await userEvent.clear(email)
    await userEvent.type(email, 'ada-at-example')
    await userEvent.click(saveButton(canvas))
    await expect(nick).toHaveFocus()
    await expect(nick).toHaveAttribute('aria-invalid', 'true')
    await expect(nick).toHaveAccessibleDescription('Use at most 32 characters.')
    await expect(email).toHaveAccessibleDescription('Enter an email address like name@example.com.')
  },
}

export const Saving: Story = {
  play: async (context) => {
    const { canvas } = context
    const nick = await nickname(canvas)
    kitAdapter(context).configure({ latencyMs: 1e9 })
    await userEvent.clear(nick)
    await userEvent.type(nick, 'Ada King')
    await userEvent.click(saveButton(canvas))
    const button = await canvas.findByRole('button', { name: 'Saving…' })
    await expect(button).toHaveAttribute('aria-busy', 'true')
    await expect(button).toHaveAttribute('aria-disabled', 'true')
  },
}

export const SaveFailed: Story = {
  play: async (context) => {
    const { canvas } = context
    const nick = await nickname(canvas)
    kitAdapter(context).configure({ failureRate: 1, failureCode: 'content_rejected' })
    await userEvent.clear(nick)
    await userEvent.type(nick, 'Ada King')
    await userEvent.click(saveButton(canvas))
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Couldn’t save your changes. Some of the text isn’t allowed. Change it and try again.',
    )
    await expect(nick).toHaveValue('Ada King')
  },
}

export const Saved: Story = {
  play: async (context) => {
    const { canvas } = context
    const nick = await nickname(canvas)
    await userEvent.clear(nick)
    await userEvent.type(nick, 'Ada King')
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Team' }), 'compilers')
    await userEvent.click(saveButton(canvas))
    await expect(await canvas.findByText('Your profile was saved.')).toBeVisible()
    await expect(kitAdapter(context).getStored('ada')).toMatchObject({
      nick: 'Ada King',
      customFields: { team: 'compilers' },
    })
    await expect(saveButton(canvas)).toHaveAttribute('aria-disabled', 'true')
  },
}

export const DraftRestored: Story = {
  parameters: {
    kit: {
      draftStorage: memoryStorage({
        'profile-kit:draft:default:ada': JSON.stringify({
          state: { values: { selfSignature: 'Half-written status…' } },
          version: 1,
        }),
      }),
    },
  },
  play: async ({ canvas }) => {
    await nickname(canvas)
    await waitFor(() =>
      expect(canvas.getByRole('textbox', { name: 'Status' })).toHaveValue('Half-written status…'),
    )
    await expect(canvas.getByRole('status')).toHaveTextContent('Unsaved changes from earlier were restored.')
  },
}

export const RemoteChange: Story = {
  name: 'Change from another device',
  play: async (context) => {
    const { canvas } = context
    const nick = await nickname(canvas)
    await userEvent.type(nick, ' (editing)')
    await userEvent.click(canvas.getByRole('textbox', { name: 'Phone' }))
    kitAdapter(context).simulateRemoteChange('ada', { nick: 'Changed elsewhere', location: 'Paris' })
    await waitFor(() => expect(canvas.getByRole('textbox', { name: 'Location' })).toHaveValue('Paris'))
    await expect(nick).toHaveValue('Ada Lovelace (editing)')
  },
}

export const KeyboardOnly: Story = {
  play: async ({ canvas }) => {
    const nick = await nickname(canvas)
    nick.focus()
    await userEvent.keyboard('{Control>}a{/Control}Ada K')
    await userEvent.keyboard('{Enter}')
    await expect(await canvas.findByText('Your profile was saved.')).toBeVisible()
  },
}

export const Loading: Story = {
  parameters: { kit: { latencyMs: 1e9 } },
  play: async ({ canvasElement, canvas }) => {
    await expect(canvasElement.querySelector('.pk-editor')).toHaveAttribute('aria-busy', 'true')
    await expect(canvas.getByText('Loading your profile…')).toBeVisible()
  },
}

export const LoadFailed: Story = {
  parameters: { kit: { failureRate: 1 } },
  play: async (context) => {
    const { canvas } = context
    await expect(await canvas.findByText('Couldn’t load your profile.', {}, { timeout: 3000 })).toBeVisible()
    kitAdapter(context).configure({ failureRate: 0 })
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }))
    await nickname(canvas)
  },
}

export const LimitedBackend: Story = {
  name: 'Backend storing few fields',
  parameters: {
    kit: { schema: { fields: { nick: { maxBytes: 36 }, location: {}, selfSignature: { editable: false } } } },
  },
  play: async ({ canvas }) => {
    await nickname(canvas)
    await expect(canvas.getByRole('textbox', { name: 'Location' })).toBeVisible()
    await expect(canvas.queryByLabelText('Status')).toBeNull()
    await expect(canvas.queryByLabelText('Email')).toBeNull()
  },
}

export const TencentFields: Story = {
  name: 'Backend storing message settings and friend-request sending (Tencent)',
  parameters: {
    kit: {
      schema: {
        fields: { nick: { maxBytes: 500 }, allowType: {}, messageSettings: {}, adminForbidType: {} },
      },
    },
  },
  play: async ({ canvas }) => {
    await nickname(canvas)
    await expect(canvas.getByRole('combobox', { name: 'Messages' })).toHaveDisplayValue('Receive messages')
    await expect(canvas.getByRole('combobox', { name: 'Sending friend requests' })).toHaveDisplayValue(
      'Allowed',
    )
  },
}

export const SimplifiedChinese: Story = {
  globals: { locale: 'zh-CN' },
  parameters: {
    kit: {
      messages: {
        ...zhCN,
        'customFields.team': '团队',
        'customFields.pronouns': '人称代词',
        'customFields.bio': '个人简介',
        'customFields.years': '工作年限',
        'customFields.started': '入职日期',
        'customFields.website': '个人网站',
        'customFields.workEmail': '工作邮箱',
        'customFields.mentor': '愿意做导师',
      },
    },
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('textbox', { name: '昵称' }, { timeout: 3000 })).toBeVisible()
    await expect(canvas.getByRole('button', { name: '保存修改' })).toBeVisible()
    await expect(canvas.getByRole('group', { name: '更多资料' })).toBeVisible()
  },
}

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvas }) => {
    await nickname(canvas)
    await userEvent.type(canvas.getByRole('textbox', { name: 'Email' }), '@@')
    await userEvent.tab()
    await expect(canvas.getByRole('textbox', { name: 'Email' })).toHaveAttribute('aria-invalid', 'true')
  },
}

export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  parameters: {
    kit: { me: { userID: 'layla', nick: 'ليلى أحمد', selfSignature: 'مرحبا', location: 'القاهرة' } },
  },
  play: async ({ canvas }) => {
    const nick = await nickname(canvas)
    await expect(nick).toHaveValue('ليلى أحمد')
    await expect(getComputedStyle(nick).direction).toBe('rtl')
  },
}
