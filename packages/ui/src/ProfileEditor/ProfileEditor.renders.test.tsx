import { beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryKit } from '../stories/MemoryKit'
import { ProfileEditor } from './ProfileEditor'
import type * as TextFieldModule from './EditorTextField'
import type * as SelectFieldModule from './EditorSelectField'
import type * as CustomFieldModule from '../CustomFieldEditor/FormCustomField'

// Every field component counts its renders, the way react-hook-form tests its own isolation.
const renders = vi.hoisted(() => new Map<string, number>())
const count = (name: string) => renders.set(name, (renders.get(name) ?? 0) + 1)

vi.mock('./EditorTextField', async (importOriginal) => {
  const { EditorTextField } = await importOriginal<typeof TextFieldModule>()
  return {
    EditorTextField: (props: Parameters<typeof EditorTextField>[0]) => (
      count(props.name),
      EditorTextField(props)
    ),
  }
})
vi.mock('./EditorSelectField', async (importOriginal) => {
  const { EditorSelectField } = await importOriginal<typeof SelectFieldModule>()
  return {
    EditorSelectField: (props: Parameters<typeof EditorSelectField>[0]) => (
      count(props.name),
      EditorSelectField(props)
    ),
  }
})
vi.mock('../CustomFieldEditor/FormCustomField', async (importOriginal) => {
  const { FormCustomField } = await importOriginal<typeof CustomFieldModule>()
  return {
    FormCustomField: (props: Parameters<typeof FormCustomField>[0]) => (
      count(props.name),
      FormCustomField(props)
    ),
  }
})

function rendersSince(): Record<string, number> {
  return Object.fromEntries([...renders].filter(([, n]) => n > 0))
}

beforeEach(() => sessionStorage.clear())

describe('ProfileEditor re-render isolation', () => {
  it('re-renders only the field being typed in', async () => {
    const user = userEvent.setup()
    render(
      <MemoryKit>
        <ProfileEditor />
      </MemoryKit>,
    )
    const nick = await screen.findByRole('textbox', { name: 'Nickname' })
    const pronouns = screen.getByRole('textbox', { name: 'Pronouns' })
    // Every field rendered at least once (8 standard ones, the photo picker being no form field, and
    // 8 custom ones): the counting works.
    expect(renders.size).toBe(8 + 8)

    renders.clear()
    await user.type(nick, 'xyz')
    expect(rendersSince()).toEqual({ nick: 3 })

    renders.clear()
    await user.type(pronouns, '!')
    await user.tab() // leaving the field validates it: still only this field
    expect(Object.keys(rendersSince())).toEqual(['customFields.1'])

    renders.clear()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Gender' }), 'male')
    expect(Object.keys(rendersSince())).toEqual(['gender'])
  })
})
