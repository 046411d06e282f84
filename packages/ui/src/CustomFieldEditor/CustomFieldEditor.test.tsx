import { describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createRef } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import type { CustomFieldDefinition } from '@profile-kit/core'
import { SCHEMA } from '../stories/fixtures'
import { ControlledCustomFields } from '../stories/ControlledCustomFields'
import { MemoryKit } from '../stories/MemoryKit'
import { CustomFieldEditor } from './CustomFieldEditor'

const DEFINITIONS = SCHEMA.customFields!

describe('CustomFieldEditor standalone', () => {
  it('labels select options from the provider’s messages, else from the definition', () => {
    const messages = { 'customFields.team.options.design': 'Design studio' }
    render(
      <MemoryKit options={{ messages }}>
        <ControlledCustomFields />
      </MemoryKit>,
    )
    const team = screen.getByRole('combobox', { name: 'Team' })
    expect(within(team).getByRole('option', { name: 'Design studio' })).toHaveValue('design')
    expect(within(team).getByRole('option', { name: 'Compilers' })).toHaveValue('compilers')
  })

  it('renders the right control for every type, labelled', () => {
    render(<ControlledCustomFields />)
    expect(screen.getByRole('group', { name: 'About you' })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Team' })).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Pronouns' })).toHaveAttribute('type', 'text')
    expect(screen.getByRole('textbox', { name: 'About me' }).tagName).toBe('TEXTAREA')
    expect(screen.getByRole('spinbutton', { name: 'Years of experience' })).toHaveAttribute('type', 'number')
    expect(screen.getByLabelText('Started on')).toHaveAttribute('type', 'date')
    expect(screen.getByRole('textbox', { name: 'Website' })).toHaveAttribute('type', 'url')
    expect(screen.getByRole('textbox', { name: 'Work email' })).toHaveAttribute('type', 'email')
    expect(screen.getByRole('switch', { name: 'Open to mentoring' })).not.toBeChecked()
  })

  it('reports values as strings, with their issues', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    render(<ControlledCustomFields onChange={onChange} />)
    await user.click(screen.getByRole('switch', { name: 'Open to mentoring' }))
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ mentor: 'true' }), [])
    await user.selectOptions(screen.getByRole('combobox', { name: 'Team' }), 'design')
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ team: 'design', mentor: 'true' }), [])
    await user.type(screen.getByRole('textbox', { name: 'Website' }), 'ftp://x')
    expect(onChange.mock.lastCall![1]).toEqual([
      expect.objectContaining({ field: 'customFields.website', rule: 'url' }),
    ])
  })

  it('shows a field’s error once the user left it', async () => {
    const user = userEvent.setup()
    render(<ControlledCustomFields />)
    const email = screen.getByRole('textbox', { name: 'Work email' })
    await user.type(email, 'nope')
    expect(email).not.toHaveAttribute('aria-invalid')
    await user.tab()
    expect(email).toHaveAttribute('aria-invalid', 'true')
    expect(email).toHaveAccessibleDescription('Enter an email address like name@example.com.')
  })

  it('enforces required, maxLength and pattern from the definition', async () => {
    const user = userEvent.setup()
    const definitions: CustomFieldDefinition[] = [
      { key: 'code', label: 'Code', type: 'text', required: true, pattern: '[A-Z]{3}' },
      { key: 'motto', label: 'Motto', type: 'text', maxLength: 5 },
    ]
    render(<ControlledCustomFields definitions={definitions} />)
    const code = screen.getByRole('textbox', { name: 'Code' })
    expect(code).toHaveAttribute('aria-required', 'true')
    await user.click(code)
    await user.tab()
    expect(code).toHaveAccessibleDescription('This field is required.')
    await user.type(code, 'abcd')
    expect(code).toHaveAccessibleDescription('This doesn’t have the expected format.')
    await user.type(screen.getByRole('textbox', { name: 'Motto' }), 'toolong')
    await user.tab()
    expect(screen.getByRole('textbox', { name: 'Motto' })).toHaveAccessibleDescription(
      'Use at most 5 characters.',
    )
  })

  it('hands its wrapping element to a ref: the fieldset with a legend, else a div', () => {
    const ref = createRef<HTMLElement>()
    const { rerender } = render(
      <CustomFieldEditor definitions={DEFINITIONS} value={{}} legend="About you" ref={ref} />,
    )
    expect(ref.current).toBe(screen.getByRole('group', { name: 'About you' }))
    rerender(<CustomFieldEditor definitions={DEFINITIONS} value={{}} ref={ref} />)
    expect(ref.current).toBeInstanceOf(HTMLDivElement)
    expect(ref.current).toHaveClass('pk-custom-fields')
  })

  it('treats any key as a plain field, even __proto__', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const definitions: CustomFieldDefinition[] = [{ key: '__proto__', label: 'Proto', type: 'text' }]
    render(<ControlledCustomFields definitions={definitions} onChange={onChange} />)
    await user.type(screen.getByRole('textbox', { name: 'Proto' }), 'x')
    const value = onChange.mock.lastCall![0] as Record<string, string>
    expect(Object.hasOwn(value, '__proto__')).toBe(true)
    expect(value['__proto__']).toBe('x')
  })
})

describe('CustomFieldEditor in a react-hook-form form', () => {
  it('binds each field to <name>.<index> of the form and validates on submit', async () => {
    const user = userEvent.setup()
    const submitted = vi.fn()
    function Form() {
      const form = useForm({ defaultValues: { extra: DEFINITIONS.map(() => '') } })
      return (
        <FormProvider {...form}>
          <form onSubmit={form.handleSubmit(submitted)} noValidate>
            <CustomFieldEditor definitions={DEFINITIONS} name="extra" />
            <button type="submit">Submit</button>
          </form>
        </FormProvider>
      )
    }
    render(<Form />)
    await user.type(screen.getByRole('spinbutton', { name: 'Years of experience' }), '-1')
    await user.click(screen.getByRole('button', { name: 'Submit' }))
    const years = screen.getByRole('spinbutton', { name: 'Years of experience' })
    expect(years).toHaveAccessibleDescription('Enter 0 or more.')
    expect(years).toHaveFocus()
    expect(submitted).not.toHaveBeenCalled()

    await user.clear(years)
    await user.type(years, '12')
    await user.click(screen.getByRole('switch', { name: 'Open to mentoring' }))
    await user.click(screen.getByRole('button', { name: 'Submit' }))
    expect(submitted.mock.calls[0]![0].extra).toEqual(['', '', '', '12', '', '', '', 'true'])
  })
})
