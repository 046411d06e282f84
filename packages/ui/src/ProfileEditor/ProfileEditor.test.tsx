import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createRef, type ComponentProps } from 'react'
import { ProfileError } from '@profile-kit/core'
import { zhCN } from '../messages/zhCN'
import type { DraftStorage } from '../settings'
import { createKitAdapter, MemoryKit, type KitOptions } from '../stories/MemoryKit'
import { ProfileEditor } from './ProfileEditor'

function renderEditor(options: KitOptions = {}, props: ComponentProps<typeof ProfileEditor> = {}) {
  const adapter = createKitAdapter(options)
  const update = vi.spyOn(adapter, 'updateMyProfile')
  const ui = (
    <MemoryKit adapter={adapter} options={options}>
      <ProfileEditor {...props} />
    </MemoryKit>
  )
  const view = render(ui)
  return { adapter, update, ui, ...view }
}

async function ready() {
  return screen.findByRole('textbox', { name: 'Nickname' })
}

const save = () => screen.getByRole('button', { name: /save changes|saving/i })

beforeEach(() => sessionStorage.clear())
afterEach(() => vi.useRealTimers())

describe('ProfileEditor', () => {
  it('says it is loading, then shows the photo picker and the eight labelled fields in order', async () => {
    const { container } = renderEditor({ schema: undefined, latencyMs: 20 })
    expect(screen.getByText('Loading your profile…')).toBeInTheDocument()
    expect(container.firstElementChild).toHaveAttribute('aria-busy', 'true')
    await ready()
    const labels = [
      ...container.querySelectorAll('.pk-fields > .pk-field > * > .pk-field__label, .pk-fields > .pk-picker'),
    ].map((l) => (l.classList.contains('pk-picker') ? 'photo picker' : l.textContent))
    expect(labels).toEqual([
      'Nickname',
      'photo picker',
      'Gender',
      'Status',
      'Birthday',
      'Location',
      'Email',
      'Phone',
      'Friend requests',
    ])
    expect(screen.getByRole('group', { name: 'Profile photo' })).toContainElement(
      screen.getByRole('img', { name: 'Your profile photo' }),
    )
  })

  it('hands its element to a ref: the loading box, then the form', async () => {
    const ref = createRef<HTMLElement>()
    renderEditor({ latencyMs: 20 }, { ref })
    expect(ref.current).toHaveAttribute('data-state', 'loading')
    const nickname = await ready()
    expect(ref.current).toBeInstanceOf(HTMLFormElement)
    expect(ref.current).toContainElement(nickname)
  })

  it('shows only the fields the backend stores and lets users change', async () => {
    renderEditor({ schema: { fields: { nick: {}, location: {}, phone: { editable: false } } } })
    await ready()
    expect(screen.getByRole('textbox', { name: 'Location' })).toBeInTheDocument()
    expect(screen.queryByLabelText('Phone')).toBeNull()
    expect(screen.queryByLabelText('Email')).toBeNull()
    expect(screen.queryByRole('group', { name: 'More about you' })).toBeNull()
  })

  it('keeps Save unavailable until something changed, and sends only the changed fields', async () => {
    const user = userEvent.setup()
    const { update } = renderEditor()
    const nick = await ready()
    expect(save()).toHaveAttribute('aria-disabled', 'true')
    await user.click(save())
    expect(update).not.toHaveBeenCalled()

    await user.clear(nick)
    await user.type(nick, 'Countess')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Team' }), 'design')
    expect(save()).not.toHaveAttribute('aria-disabled')
    await user.click(save())

    expect(await screen.findByRole('status')).toHaveTextContent('Your profile was saved.')
    expect(update).toHaveBeenCalledTimes(1)
    expect(update.mock.calls[0]![0]).toEqual({ nick: 'Countess', customFields: { team: 'design' } })
    expect(save()).toHaveAttribute('aria-disabled', 'true')
  })

  it('restores the profile on Reset', async () => {
    const user = userEvent.setup()
    renderEditor()
    const nick = await ready()
    await user.type(nick, '!!!')
    await user.click(screen.getByRole('button', { name: 'Reset' }))
    expect(nick).toHaveValue('Ada Lovelace')
    expect(save()).toHaveAttribute('aria-disabled', 'true')
  })

  it('validates with the core rules, wires the error to the field, and focuses the first invalid field on submit', async () => {
    const user = userEvent.setup()
    const { update } = renderEditor()
    const nick = await ready()
    await user.type(nick, ' the Enchantress of Numbers')
    const email = screen.getByRole('textbox', { name: 'Email' })
    await user.clear(email)
    await user.type(email, 'not-an-email')
    await user.tab()

    expect(email).toHaveAttribute('aria-invalid', 'true')
    expect(email).toHaveAccessibleDescription('Enter an email address like name@example.com.')
    await user.click(save())
    expect(nick).toHaveAttribute('aria-invalid', 'true')
    expect(nick).toHaveAccessibleDescription('Use at most 32 characters.')
    expect(nick).toHaveFocus()
    expect(update).not.toHaveBeenCalled()

    await user.clear(nick)
    await user.type(nick, 'Ada')
    expect(nick).not.toHaveAttribute('aria-invalid')
  })

  it('validates custom fields by their definition', async () => {
    const user = userEvent.setup()
    renderEditor()
    await ready()
    const years = screen.getByRole('spinbutton', { name: 'Years of experience' })
    await user.type(years, '120')
    await user.tab()
    expect(years).toHaveAccessibleDescription('Enter 80 or less.')
  })

  it('reports a failed save in an alert and keeps what the user typed', async () => {
    const user = userEvent.setup()
    const { adapter } = renderEditor()
    const nick = await ready()
    adapter.configure({ failureRate: 1, failureCode: 'network' })
    await user.clear(nick)
    await user.type(nick, 'Countess')
    await user.click(save())
    expect(await screen.findByRole('alert', {}, { timeout: 8000 })).toHaveTextContent(
      'Couldn’t save your changes. Network problem. Check your connection and try again.',
    )
    expect(nick).toHaveValue('Countess')
    expect(save()).not.toHaveAttribute('aria-disabled')
  }, 10_000)

  it('keeps an unsaved draft across a remount and clears it on save', async () => {
    const user = userEvent.setup()
    const { unmount, adapter } = renderEditor()
    await user.type(await ready(), ' II')
    unmount()

    render(
      <MemoryKit adapter={adapter}>
        <ProfileEditor />
      </MemoryKit>,
    )
    const nick = await ready()
    await waitFor(() => expect(nick).toHaveValue('Ada Lovelace II'))
    expect(screen.getByRole('status')).toHaveTextContent('Unsaved changes from earlier were restored.')
    expect(sessionStorage.getItem('profile-kit:draft:default:ada')).toContain('Ada Lovelace II')

    await user.click(save())
    await screen.findByText('Your profile was saved.')
    expect(sessionStorage.getItem('profile-kit:draft:default:ada')).toBeNull()
  })

  it('uses the provider’s draft storage, even an asynchronous one', async () => {
    const stored = new Map<string, string>([
      [
        'profile-kit:draft:default:ada',
        JSON.stringify({ state: { values: { location: 'Paris' } }, version: 1 }),
      ],
    ])
    const draftStorage: DraftStorage = {
      getItem: async (name) => stored.get(name) ?? null,
      setItem: (name, value) => void stored.set(name, value),
      removeItem: (name) => void stored.delete(name),
    }
    const user = userEvent.setup()
    renderEditor({ draftStorage })
    await ready()
    const location = screen.getByRole('textbox', { name: 'Location' })
    await waitFor(() => expect(location).toHaveValue('Paris'))
    await user.type(location, ', France')
    expect(JSON.parse(stored.get('profile-kit:draft:default:ada')!).state.values).toEqual({
      location: 'Paris, France',
    })
    await user.click(screen.getByRole('button', { name: 'Reset' }))
    expect(location).toHaveValue('London')
    expect(stored.has('profile-kit:draft:default:ada')).toBe(false)
  })

  it('shows a change from another device in untouched fields and keeps the user’s text elsewhere', async () => {
    const user = userEvent.setup()
    const { adapter } = renderEditor()
    const nick = await ready()
    await user.type(nick, ' (typing)')
    await user.click(document.body)
    act(() => {
      adapter.simulateRemoteChange('ada', {
        nick: 'Remote nick',
        location: 'Paris',
        customFields: { pronouns: 'they/them' },
      })
    })
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Location' })).toHaveValue('Paris'))
    expect(screen.getByRole('textbox', { name: 'Pronouns' })).toHaveValue('they/them')
    expect(nick).toHaveValue('Ada Lovelace (typing)')
  })

  it('speaks Simplified Chinese with the zhCN messages', async () => {
    renderEditor({ messages: zhCN })
    expect(await screen.findByRole('textbox', { name: '昵称' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '保存修改' })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: '好友申请' })).toHaveDisplayValue('需要我验证')
  })

  it('lets the app override any message', async () => {
    renderEditor({ messages: { 'field.nick': 'Display name', 'customFields.team': 'Squad' } })
    expect(await screen.findByRole('textbox', { name: 'Display name' })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Squad' })).toBeInTheDocument()
    expect(
      within(screen.getByRole('group', { name: 'More about you' })).getAllByRole('textbox').length,
    ).toBeGreaterThan(0)
  })

  it('shows an error the backend pins on a field at that field, and focuses it', async () => {
    const user = userEvent.setup()
    const { update } = renderEditor()
    const nick = await ready()
    update.mockRejectedValueOnce(
      new ProfileError('content_rejected', 'This nickname is not allowed.', { field: 'nick' }),
    )
    await user.clear(nick)
    await user.type(nick, 'Bad word')
    await user.click(save())
    expect(await screen.findByRole('alert')).toHaveTextContent('Some of the text isn’t allowed.')
    expect(nick).toHaveAttribute('aria-invalid', 'true')
    expect(nick).toHaveAccessibleDescription('This nickname is not allowed.')
    expect(nick).toHaveFocus()
    expect(nick).toHaveValue('Bad word')
  })
})

describe('ProfileEditor when the app signs in another account (a new adapter)', () => {
  /** Ada's editor on one adapter; `switchTo` passes the provider Grace's adapter, as an app does at login. */
  function signedInAsAda() {
    const view = renderEditor()
    const grace = createKitAdapter({ me: { userID: 'grace', nick: 'Grace Hopper' } })
    const switchTo = () =>
      view.rerender(
        <MemoryKit adapter={grace}>
          <ProfileEditor />
        </MemoryKit>,
      )
    return { ...view, switchTo }
  }

  it('shows the new account’s profile, never the old account’s draft', async () => {
    const user = userEvent.setup()
    const { switchTo } = signedInAsAda()
    const nick = await ready()
    await user.clear(nick)
    await user.type(nick, 'Draft by Ada')

    switchTo()
    expect(screen.queryByDisplayValue('Draft by Ada')).toBeNull()
    expect(screen.getByText('Loading your profile…')).toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Nickname' })).toHaveValue('Grace Hopper'))
    expect(screen.queryByDisplayValue('Draft by Ada')).toBeNull()
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
  })

  it('does not show a save of the old account that settles after the switch', async () => {
    const user = userEvent.setup()
    const { switchTo, update, adapter } = signedInAsAda()
    const held: Array<() => void> = []
    update.mockImplementation(async (patch) => {
      await new Promise<void>((resolve) => held.push(resolve))
      return adapter.simulateRemoteChange('ada', patch)
    })
    const nick = await ready()
    await user.clear(nick)
    await user.type(nick, 'Saved by Ada')
    await user.click(save())
    await waitFor(() => expect(held).toHaveLength(1))

    switchTo()
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Nickname' })).toHaveValue('Grace Hopper'))
    vi.useFakeTimers()
    await act(async () => {
      held.forEach((resolve) => resolve())
      await vi.advanceTimersByTimeAsync(20)
    })
    expect(screen.getByRole('textbox', { name: 'Nickname' })).toHaveValue('Grace Hopper')
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
    expect(screen.queryByDisplayValue('Saved by Ada')).toBeNull()
  })
})

describe('ProfileEditor with fields only some backends store (Tencent’s messageSettings, adminForbidType)', () => {
  const tencentLike = { fields: { nick: {}, allowType: {}, messageSettings: {}, adminForbidType: {} } }

  it('shows them only where the adapter’s schema declares them', async () => {
    const { unmount } = renderEditor({ schema: undefined })
    await ready()
    expect(screen.queryByRole('combobox', { name: 'Messages' })).toBeNull()
    expect(screen.queryByRole('combobox', { name: 'Sending friend requests' })).toBeNull()
    unmount()

    renderEditor({ schema: tencentLike })
    await ready()
    expect(screen.getByRole('combobox', { name: 'Messages' })).toHaveDisplayValue('Receive messages')
    expect(screen.getByRole('combobox', { name: 'Sending friend requests' })).toHaveDisplayValue('Allowed')
  })

  it('sends only the field that changed', async () => {
    const user = userEvent.setup()
    const { update } = renderEditor({ schema: tencentLike })
    await ready()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Messages' }), 'Don’t receive messages')
    await user.click(save())
    expect(await screen.findByRole('status')).toHaveTextContent('Your profile was saved.')
    expect(update).toHaveBeenCalledTimes(1)
    expect(update.mock.calls[0]![0]).toEqual({ messageSettings: 'doNotReceive' })
    expect(screen.getByRole('combobox', { name: 'Messages' })).toHaveDisplayValue('Don’t receive messages')
  })

  it('labels them in Simplified Chinese', async () => {
    renderEditor({ schema: tencentLike, messages: zhCN, me: { userID: 'ada', adminForbidType: 'sendOut' } })
    expect(await screen.findByRole('combobox', { name: '消息设置' })).toHaveDisplayValue('接收消息')
    expect(screen.getByRole('combobox', { name: '发起好友申请' })).toHaveDisplayValue('禁止')
  })
})
