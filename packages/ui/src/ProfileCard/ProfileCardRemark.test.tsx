import { describe, expect, it, vi } from 'vitest'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ProfileError } from '@profile-kit/core'
import { zhCN } from '../messages/zhCN'
import { Avatar } from '../Avatar/Avatar'
import { createKitAdapter, MemoryKit, type KitOptions } from '../stories/MemoryKit'
import { ProfileCard } from './ProfileCard'

const FRIENDS = [{ userID: 'grace', remark: 'Admiral' }, { userID: 'linus' }]

function renderCard(userID: string, options: KitOptions = {}) {
  const adapter = createKitAdapter({ friends: FRIENDS, ...options })
  const view = render(
    <MemoryKit adapter={adapter} options={options}>
      <ProfileCard userID={userID} />
    </MemoryKit>,
  )
  return { adapter, ...view }
}

describe('ProfileCard remarks', () => {
  it('names a friend by my remark and shows the nickname beside it', async () => {
    renderCard('grace')
    const card = await screen.findByRole('group', { name: 'Admiral' })
    expect(within(card).getByText('Admiral', { selector: '.pk-card__name' })).toBeInTheDocument()
    expect(within(card).getByText('Remark').nextSibling).toHaveTextContent('Admiral')
    expect(within(card).getByText('Nickname').nextSibling).toHaveTextContent('Grace Hopper')
  })

  it('offers no remark for a user who is not my friend', async () => {
    const adapter = createKitAdapter({ friends: FRIENDS })
    const getRemarks = vi.spyOn(adapter.remarks, 'getRemarks')
    render(
      <MemoryKit adapter={adapter}>
        <ProfileCard userID="no-avatar" />
      </MemoryKit>,
    )
    const card = await screen.findByRole('group', { name: 'Quinn Rivera' })
    // The answer (no remark: not a friend) has landed, so the card has decided.
    await waitFor(() => expect(getRemarks).toHaveBeenCalledWith(['no-avatar']))
    await act(() => getRemarks.mock.results[0]!.value)
    expect(within(card).queryByText('Remark')).toBeNull()
    expect(within(card).queryByRole('button', { name: 'Edit remark' })).toBeNull()
  })

  it('renames a friend inline: labelled field, Save, the new name everywhere, focus back on Edit', async () => {
    const user = userEvent.setup()
    const { adapter } = renderCard('linus')
    await user.click(await screen.findByRole('button', { name: 'Edit remark' }))
    const field = screen.getByRole('textbox', { name: 'Remark' })
    expect(field).toHaveFocus()
    await user.type(field, '  Linux guy ')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByRole('group', { name: 'Linux guy' })).toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit remark' })).toHaveFocus())
    expect(await adapter.remarks.getRemarks(['linus'])).toEqual([{ userID: 'linus', remark: 'Linux guy' }])
  })

  it('rejects a remark over the backend’s maxLength before any I/O, in an alert', async () => {
    const user = userEvent.setup()
    const { adapter } = renderCard('linus')
    const setRemark = vi.spyOn(adapter.remarks, 'setRemark')
    await user.click(await screen.findByRole('button', { name: 'Edit remark' }))
    const field = screen.getByRole('textbox', { name: 'Remark' })
    await user.click(field)
    await user.paste('x'.repeat(97))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Use at most 96 characters.')
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(field).toHaveAccessibleDescription('Use at most 96 characters.')
    expect(setRemark).not.toHaveBeenCalled()
  })

  it('shows the new name at once and rolls it back with an alert when the save fails', async () => {
    const user = userEvent.setup()
    const { adapter } = renderCard('grace')
    let refuse!: (error: Error) => void
    vi.spyOn(adapter.remarks, 'setRemark').mockImplementationOnce(
      () => new Promise((_, reject) => (refuse = reject)),
    )
    await user.click(await screen.findByRole('button', { name: 'Edit remark' }))
    const field = screen.getByRole('textbox', { name: 'Remark' })
    await user.clear(field)
    await user.type(field, 'Amazing Grace')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByRole('group', { name: 'Amazing Grace' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Saving…' })).toHaveAttribute('aria-busy', 'true')
    await act(async () => refuse(new ProfileError('network', 'offline')))
    expect(await screen.findByRole('alert')).toHaveTextContent('Couldn’t save the remark. Try again.')
    expect(screen.getByRole('group', { name: 'Admiral' })).toBeInTheDocument()
    expect(field).toHaveValue('Amazing Grace')
  })

  it('cancels with Cancel or Escape, saving nothing', async () => {
    const user = userEvent.setup()
    const { adapter } = renderCard('grace')
    const setRemark = vi.spyOn(adapter.remarks, 'setRemark')
    await user.click(await screen.findByRole('button', { name: 'Edit remark' }))
    await user.type(screen.getByRole('textbox', { name: 'Remark' }), 'zzz')
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.getByRole('button', { name: 'Edit remark' })).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Edit remark' }))
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('textbox')).toBeNull()
    expect(setRemark).not.toHaveBeenCalled()
    expect(screen.getByRole('group', { name: 'Admiral' })).toBeInTheDocument()
  })

  it('follows a remark changed on another device, in the card and in avatars', async () => {
    const adapter = createKitAdapter({ friends: FRIENDS })
    const grace = (await adapter.getUserProfiles(['grace']))[0]!
    render(
      <MemoryKit adapter={adapter}>
        <ProfileCard userID="grace" />
        <Avatar profile={grace} />
      </MemoryKit>,
    )
    expect(await screen.findByRole('img', { name: 'Admiral' })).toBeInTheDocument()
    act(() => adapter.simulateRemoteRemark('grace', 'Rear Admiral'))
    expect(await screen.findByRole('img', { name: 'Rear Admiral' })).toBeInTheDocument()
    expect(screen.getByRole('group', { name: 'Rear Admiral' })).toBeInTheDocument()
  })

  it('speaks Chinese', async () => {
    renderCard('grace', { messages: zhCN })
    const card = await screen.findByRole('group', { name: 'Admiral' })
    expect(within(card).getByText('备注')).toBeInTheDocument()
    expect(within(card).getByRole('button', { name: '修改备注' })).toBeInTheDocument()
  })
})
