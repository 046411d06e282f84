import { describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createRef } from 'react'
import { normalizeProfile } from '@profile-kit/core/vanilla'
import { zhCN } from '../messages/zhCN'
import { createKitAdapter, MemoryKit, type KitOptions } from '../stories/MemoryKit'
import { ProfileCard, type ProfileCardProps } from './ProfileCard'
import { useProfileCard } from './ProfileCardContext'

function renderCard(props: ProfileCardProps, options: KitOptions = {}) {
  const adapter = createKitAdapter(options)
  const view = render(
    <MemoryKit adapter={adapter} options={options}>
      <ProfileCard {...props} />
    </MemoryKit>,
  )
  const card = () => view.container.querySelector('.pk-card')!
  return { adapter, card, ...view }
}

describe('ProfileCard', () => {
  it('shows a busy skeleton while loading, then the name, status and a decorative avatar', async () => {
    const { card } = renderCard({ userID: 'grace' }, { latencyMs: 30 })
    expect(card()).toHaveAttribute('data-state', 'loading')
    expect(card()).toHaveAttribute('aria-busy', 'true')
    expect(screen.getByText('Loading profile…')).toBeInTheDocument()

    await waitFor(() => expect(card()).toHaveAttribute('data-state', 'ready'))
    expect(card()).not.toHaveAttribute('aria-busy')
    const group = screen.getByRole('group', { name: 'Grace Hopper' })
    expect(within(group).getByText('Grace Hopper')).toHaveClass('pk-card__name')
    expect(within(group).getByText(/easier to ask forgiveness/)).toHaveClass('pk-card__status')
    expect(within(group).queryByRole('img')).toBeNull() // the avatar does not repeat the name
    expect(group.querySelector('.pk-avatar')).toHaveAttribute('aria-hidden', 'true')
  })

  it('names a user without a nick by userID', async () => {
    renderCard({ userID: 'no-nick-7731' })
    expect(await screen.findByRole('group', { name: 'no-nick-7731' })).toHaveTextContent('no-nick-7731')
  })

  it('uses the provider’s displayName (remarks, aliases)', async () => {
    renderCard({ userID: 'linus' }, { displayName: (p) => `${p.nick} (friend)` })
    expect(await screen.findByText('Linus (friend)')).toBeInTheDocument()
  })

  it('says when a user does not exist', async () => {
    const { card } = renderCard({ userID: 'nobody' })
    await waitFor(() => expect(card()).toHaveAttribute('data-state', 'not-found'))
    expect(screen.getByText('No profile found for this user.')).toBeInTheDocument()
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('offers Retry after an error, which loads the profile', async () => {
    const user = userEvent.setup()
    const { adapter, card } = renderCard({ userID: 'grace' }, { failureRate: 1 })
    await waitFor(() => expect(card()).toHaveAttribute('data-state', 'error'))
    expect(screen.getByText('Couldn’t load this profile.')).toBeInTheDocument()
    adapter.configure({ failureRate: 0 })
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(card()).toHaveAttribute('data-state', 'ready'))
    expect(screen.getByText('Grace Hopper')).toBeInTheDocument()
  })

  it('lists requested fields, formatted, with custom fields labelled by the schema', async () => {
    renderCard({ userID: 'grace', fields: ['location', 'birthday', 'gender', 'email', 'customFields'] })
    const fields = (await screen.findByText('Location')).closest('dl')!
    const rows = [...fields.querySelectorAll('.pk-card__field')].map((row) => [
      row.querySelector('dt')!.textContent,
      row.querySelector('dd')!.textContent,
    ])
    expect(rows).toEqual([
      ['Location', 'Arlington, VA'],
      ['Birthday', 'December 9, 1906'],
      ['Gender', 'Female'],
      ['Team', 'Compilers'],
      ['Pronouns', 'she/her'],
      ['Website', 'https://example.com/grace'],
    ])
    expect(screen.getByRole('link', { name: 'https://example.com/grace' })).toHaveAttribute(
      'rel',
      'noopener noreferrer nofollow',
    )
  })

  it('speaks Simplified Chinese', async () => {
    renderCard({ userID: 'mei', fields: ['location', 'customFields.team'] }, { messages: zhCN })
    expect(await screen.findByText('所在地')).toBeInTheDocument()
    expect(screen.getByText('王美玲')).toBeInTheDocument()
  })

  it('translates select options through messages, falling back to the option label', async () => {
    const messages = { ...zhCN, 'customFields.team': '团队', 'customFields.team.options.design': '设计' }
    renderCard({ userID: 'mei', fields: ['customFields.team'] }, { messages })
    expect(await screen.findByText('设计')).toBeInTheDocument()
    expect(screen.getByText('团队')).toBeInTheDocument()
  })

  it('shows a given profile without a provider, and renders hostile strings as text', () => {
    const nick = '<img src=x onerror=alert(1)>\u202Eevil'
    const profile = normalizeProfile({ userID: 'x', nick, selfSignature: '<script>alert(1)</script>' })
    const { container } = render(<ProfileCard profile={profile} />)
    expect(screen.getByText(nick)).toHaveAttribute('dir', 'auto')
    expect(screen.getByText('<script>alert(1)</script>')).toBeInTheDocument()
    expect(container.querySelector('script, img')).toBeNull()
  })

  it('lets the app lay out its own parts and read the card', () => {
    function Handle() {
      const { profile } = useProfileCard()
      return <span>@{profile?.userID}</span>
    }
    const profile = normalizeProfile({ userID: 'grace', nick: 'Grace' })
    const ref = createRef<HTMLDivElement>()
    render(
      <ProfileCard profile={profile} className="mine" style={{ maxWidth: 200 }} ref={ref} data-testid="card">
        <ProfileCard.Name />
        <Handle />
      </ProfileCard>,
    )
    const card = screen.getByTestId('card')
    expect(ref.current).toBe(card)
    expect(card).toHaveClass('pk-card', 'mine')
    expect(card).toHaveStyle({ maxWidth: '200px' })
    expect(card).toHaveTextContent('Grace@grace')
    expect(card.querySelector('.pk-avatar')).toBeNull()
  })

  it('hands each part its element through a ref, and a callback ref the element, then null', () => {
    const profile = normalizeProfile({
      userID: 'grace',
      nick: 'Grace',
      selfSignature: 'Hi',
      location: 'Paris',
    })
    const refs = {
      avatar: createRef<HTMLElement>(),
      name: createRef<HTMLDivElement>(),
      status: createRef<HTMLParagraphElement>(),
      fields: createRef<HTMLDListElement>(),
    }
    const calls: (HTMLDivElement | null)[] = []
    const { container, unmount } = render(
      <ProfileCard profile={profile} ref={(element) => void calls.push(element)}>
        <ProfileCard.Avatar ref={refs.avatar} />
        <ProfileCard.Name ref={refs.name} />
        <ProfileCard.Status ref={refs.status} />
        <ProfileCard.Fields ref={refs.fields} fields={['location']} />
      </ProfileCard>,
    )
    const card = container.querySelector('.pk-card')
    expect(calls).toEqual([card])
    expect(refs.avatar.current).toBe(container.querySelector('.pk-avatar'))
    expect(refs.name.current).toHaveTextContent('Grace')
    expect(refs.status.current).toHaveTextContent('Hi')
    expect(refs.fields.current).toHaveTextContent('Paris')
    unmount()
    expect(calls).toEqual([card, null])
  })

  it('hands the message part its element through a ref', async () => {
    const message = createRef<HTMLDivElement>()
    const adapter = createKitAdapter()
    render(
      <MemoryKit adapter={adapter}>
        <ProfileCard userID="nobody">
          <ProfileCard.Message ref={message} />
        </ProfileCard>
      </MemoryKit>,
    )
    expect(await screen.findByText('No profile found for this user.')).toBeInTheDocument()
    expect(message.current).toHaveTextContent('No profile found for this user.')
  })

  it('explains how to use a part outside a card', () => {
    // React 18 also logs the error it rethrows ("The above error occurred in …"); React 19 only throws it.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => render(<ProfileCard.Name />)).toThrow(/inside a <ProfileCard>/)
    for (const [message] of logged.mock.calls) {
      expect(String(message)).toMatch(
        /^The above error occurred in the <ForwardRef\(ProfileCardName\)> component/,
      )
    }
  })
})
