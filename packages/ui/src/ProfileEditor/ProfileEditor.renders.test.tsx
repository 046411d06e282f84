import { beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryKit } from '../stories/MemoryKit'
import { ProfileEditor } from './ProfileEditor'
import type * as TextFieldModule from './EditorTextField'
import type * as SelectFieldModule from './EditorSelectField'
import type * as CustomFieldModule from '../CustomFieldEditor/FormCustomField'

// Every field component counts its renders, the way react-hook-form tests its own isolation.
const { renders, counting } = vi.hoisted(() => {
  const renders = new Map<string, number>()
  /** `component`, counting each render under the field's name. */
  const counting =
    <P extends { name: string }, R>(component: (props: P) => R) =>
    (props: P) => {
      renders.set(props.name, (renders.get(props.name) ?? 0) + 1)
      return component(props)
    }
  return { renders, counting }
})

vi.mock('./EditorTextField', async (importOriginal) => ({
  EditorTextField: counting((await importOriginal<typeof TextFieldModule>()).EditorTextField),
}))
vi.mock('./EditorSelectField', async (importOriginal) => ({
  EditorSelectField: counting((await importOriginal<typeof SelectFieldModule>()).EditorSelectField),
}))
vi.mock('../CustomFieldEditor/FormCustomField', async (importOriginal) => ({
  FormCustomField: counting((await importOriginal<typeof CustomFieldModule>()).FormCustomField),
}))

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
