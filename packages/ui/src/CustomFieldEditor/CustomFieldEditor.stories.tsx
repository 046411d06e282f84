import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent } from 'storybook/test'
import type { ValidationIssue } from '@profile-kit/core'
import { ControlledCustomFields, type ControlledCustomFieldsProps } from '../stories/ControlledCustomFields'
import { SCHEMA } from '../stories/fixtures'

const ALL = SCHEMA.customFields!
const byKey = (key: string) => ALL.filter((definition) => definition.key === key)

/** An app holding the values in its own state, as standalone use looks. */
function Controlled(props: ControlledCustomFieldsProps) {
  return (
    <div style={{ inlineSize: '100%', maxInlineSize: 420 }}>
      <ControlledCustomFields {...props} />
    </div>
  )
}

const meta = {
  title: 'Components/CustomFieldEditor',
  component: Controlled,
  args: { definitions: ALL, onChange: fn() },
} satisfies Meta<typeof Controlled>
export default meta
type Story = StoryObj<typeof meta>

const lastValue = (onChange: unknown) =>
  (onChange as ReturnType<typeof fn>).mock.lastCall?.[0] as Record<string, string>
const lastIssues = (onChange: unknown) =>
  (onChange as ReturnType<typeof fn>).mock.lastCall?.[1] as ValidationIssue[]

/** Types `text` into `element` and leaves it, as a user does before a field shows its error. */
async function typeAndLeave(element: HTMLElement, text: string) {
  await userEvent.type(element, text)
  await userEvent.tab()
}

export const AllTypes: Story = {
  args: { initial: { team: 'design', pronouns: 'they/them', mentor: 'true', years: '7' } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('group', { name: 'About you' })).toBeVisible()
    await expect(canvas.getByRole('combobox', { name: 'Team' })).toHaveDisplayValue('Design')
    await expect(canvas.getByRole('switch', { name: 'Open to mentoring' })).toBeChecked()
  },
}

export const Text: Story = {
  args: { definitions: byKey('pronouns') },
  play: async ({ canvas, args }) => {
    const input = canvas.getByRole('textbox', { name: 'Pronouns' })
    await typeAndLeave(input, 'they/them and more words')
    await expect(input).toHaveAccessibleDescription('Use at most 20 characters.')
    await expect(lastIssues(args.onChange)).toEqual([
      expect.objectContaining({ rule: 'maxLength', limit: 20 }),
    ])
  },
}

export const Textarea: Story = {
  args: { definitions: byKey('bio') },
  play: async ({ canvas, args }) => {
    const textarea = canvas.getByRole('textbox', { name: 'About me' })
    await userEvent.type(textarea, 'Line one{Enter}Line two')
    await expect(lastValue(args.onChange).bio).toBe('Line one\nLine two')
  },
}

export const NumberField: Story = {
  name: 'Number',
  args: { definitions: byKey('years') },
  play: async ({ canvas, args }) => {
    const input = canvas.getByRole('spinbutton', { name: 'Years of experience' })
    await typeAndLeave(input, '99')
    await expect(input).toHaveAccessibleDescription('Enter 80 or less.')
    await userEvent.clear(input)
    await userEvent.type(input, '12')
    await expect(input).not.toHaveAttribute('aria-invalid')
    await expect(lastValue(args.onChange).years).toBe('12')
  },
}

export const Select: Story = {
  args: { definitions: byKey('team') },
  play: async ({ canvas, args }) => {
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Team' }), 'compilers')
    await expect(lastValue(args.onChange).team).toBe('compilers')
  },
}

export const DateField: Story = {
  name: 'Date',
  args: { definitions: byKey('started') },
  play: async ({ canvas, args }) => {
    const input = canvas.getByLabelText('Started on')
    await userEvent.type(input, '2021-03-15')
    await expect(lastValue(args.onChange).started).toBe('2021-03-15')
  },
}

export const Url: Story = {
  args: { definitions: byKey('website') },
  play: async ({ canvas }) => {
    const input = canvas.getByRole('textbox', { name: 'Website' })
    await typeAndLeave(input, 'javascript:alert(1)')
    await expect(input).toHaveAccessibleDescription('Enter a link starting with https:// or http://.')
  },
}

export const Email: Story = {
  args: { definitions: byKey('workEmail') },
  play: async ({ canvas, args }) => {
    const input = canvas.getByRole('textbox', { name: 'Work email' })
    await typeAndLeave(input, 'ada@example.com')
    await expect(input).not.toHaveAttribute('aria-invalid')
    await expect(lastIssues(args.onChange)).toEqual([])
  },
}

export const Boolean: Story = {
  args: { definitions: byKey('mentor') },
  play: async ({ canvas, args }) => {
    const toggle = canvas.getByRole('switch', { name: 'Open to mentoring' })
    toggle.focus()
    await userEvent.keyboard(' ')
    await expect(toggle).toBeChecked()
    await expect(lastValue(args.onChange).mentor).toBe('true')
    await userEvent.keyboard(' ')
    await expect(lastValue(args.onChange).mentor).toBe('false')
  },
}

export const RequiredAndPattern: Story = {
  args: {
    definitions: [
      { key: 'code', label: 'Employee code', type: 'text', required: true, pattern: '[A-Z]{2}-\\d{4}' },
      {
        key: 'level',
        label: 'Level',
        type: 'select',
        required: true,
        options: [{ value: 'junior' }, { value: 'senior' }],
      },
    ],
  },
  play: async ({ canvas }) => {
    const code = canvas.getByRole('textbox', { name: 'Employee code' })
    await typeAndLeave(code, 'ab-12')
    await expect(code).toHaveAccessibleDescription('This doesn’t have the expected format.')
    await userEvent.tab({ shift: true })
    await userEvent.clear(code)
    await userEvent.type(code, 'AB-1234')
    await expect(code).not.toHaveAttribute('aria-invalid')
  },
}

export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { initial: { team: 'engines', mentor: 'false', website: 'not a url' } },
  play: async ({ canvas }) => {
    const website = canvas.getByRole('textbox', { name: 'Website' })
    website.focus()
    await userEvent.tab()
    await expect(website).toHaveAttribute('aria-invalid', 'true')
  },
}
