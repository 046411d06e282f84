import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { normalizeProfile } from '@profile-kit/core/vanilla'
import { zhCN } from '../messages/zhCN'
import { BROKEN_AVATAR, PORTRAITS } from '../stories/portraits'
import { kitAdapter, memoryKitLoader, withMemoryKit, type KitParameters } from '../stories/withMemoryKit'
import type { KitOptions } from '../stories/MemoryKit'
import { ProfileCard } from './ProfileCard'
import { useProfileCard, type ProfileCardField } from './ProfileCardContext'

const meta = {
  title: 'Components/ProfileCard',
  component: ProfileCard,
  loaders: [memoryKitLoader],
  decorators: [withMemoryKit],
  args: { userID: 'grace' },
} satisfies Meta<typeof ProfileCard>
export default meta
type Story = StoryObj<typeof meta> & { parameters?: KitParameters }

/** A story of the card of `profile`, the one user its backend knows (besides me). */
function showing(profile: NonNullable<KitOptions['profiles']>[number], fields?: ProfileCardField[]) {
  return {
    args: fields ? { userID: profile.userID, fields } : { userID: profile.userID },
    parameters: { kit: { profiles: [profile] } },
  }
}

const card = (element: HTMLElement) => element.querySelector<HTMLElement>('.pk-card')!
const waitForState = (element: HTMLElement, state: string) =>
  waitFor(() => expect(card(element)).toHaveAttribute('data-state', state), { timeout: 3000 })

export const Ready: Story = {
  play: async ({ canvasElement, canvas }) => {
    await waitForState(canvasElement, 'ready')
    await expect(canvas.getByRole('group', { name: 'Grace Hopper' })).toBeVisible()
    await expect(canvas.getByText(/easier to ask forgiveness/)).toBeVisible()
  },
}

export const Loading: Story = {
  parameters: { kit: { latencyMs: 1e9 } },
  play: async ({ canvasElement, canvas }) => {
    await expect(card(canvasElement)).toHaveAttribute('aria-busy', 'true')
    await expect(card(canvasElement)).toHaveAttribute('data-state', 'loading')
    await expect(canvas.getByRole('group', { name: 'Loading profile…' })).toBeInTheDocument()
  },
}

export const NotFound: Story = {
  args: { userID: 'someone-deleted' },
  play: async ({ canvasElement, canvas }) => {
    await waitForState(canvasElement, 'not-found')
    await expect(canvas.getByText('No profile found for this user.')).toBeVisible()
  },
}

export const ErrorWithRetry: Story = {
  name: 'Error (Retry)',
  parameters: { kit: { failureRate: 1 } },
  play: async (context) => {
    const { canvasElement, canvas } = context
    await waitForState(canvasElement, 'error')
    await expect(canvas.getByText('Couldn’t load this profile.')).toBeVisible()
    kitAdapter(context).configure({ failureRate: 0 })
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }))
    await waitForState(canvasElement, 'ready')
  },
}

export const ErrorState: Story = {
  parameters: { kit: { failureRate: 1 } },
  play: async ({ canvasElement, canvas }) => {
    await waitForState(canvasElement, 'error')
    await expect(canvas.getByRole('button', { name: 'Retry' })).toBeVisible()
  },
}

export const WithFields: Story = {
  args: { fields: ['location', 'birthday', 'gender', 'customFields'] },
  play: async ({ canvasElement, canvas }) => {
    await waitForState(canvasElement, 'ready')
    await expect(canvas.getByText('December 9, 1906')).toBeVisible()
    await expect(canvas.getByText('Compilers')).toBeVisible()
    await expect(canvas.getByRole('link', { name: 'https://example.com/grace' })).toBeVisible()
  },
}

export const NoAvatar: Story = {
  args: { userID: 'no-avatar' },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'ready')
    await expect(canvasElement.querySelector('.pk-avatar')).toHaveTextContent('QR')
  },
}

export const BrokenAvatar: Story = {
  ...showing({
    userID: 'broken',
    nick: 'Broken Image',
    avatar: BROKEN_AVATAR,
    selfSignature: 'My picture does not load',
  }),
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'ready')
    const avatar = canvasElement.querySelector('.pk-avatar')!
    await waitFor(() => expect(avatar).toHaveAttribute('data-shown', 'initials'))
    await expect(avatar.querySelector('img')).toBeNull()
  },
}

const LONG =
  'Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaftschaferswessenschafewarenwohlgepflegeundsorgfaltigkeitbeschutzenvonangreifendurchihrraubgierigfeinde'

export const LongName: Story = {
  ...showing({
    userID: 'long',
    nick: `${LONG} ${LONG}`,
    selfSignature: 'Status '.repeat(120),
    location: 'x'.repeat(40),
  }),
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'ready')
    const box = card(canvasElement).getBoundingClientRect()
    await expect(box.width).toBeLessThanOrEqual(22 * 16 + 1)
    const name = canvasElement.querySelector('.pk-card__name')!
    await expect(name.getBoundingClientRect().height).toBeLessThan(60) // clamped to two lines
  },
}

const HOSTILE = '<img src=x onerror=alert(1)>'

export const HostileStrings: Story = {
  ...showing(
    {
      userID: 'mallory',
      nick: `${HOSTILE}\u202Eevil\u202C`,
      avatar: 'javascript:alert(1)',
      selfSignature: '<script>alert("xss")</script> Z̵̡̢̛̗̘̙̜̝̞̟̠̊̋̌̍̎̏̐̑̒̓̔alg̶o',
      location: '"><svg onload=alert(1)>',
      customFields: { note: '{{constructor.constructor("alert(1)")()}}' },
    },
    ['location', 'customFields'],
  ),
  play: async ({ canvasElement, canvas }) => {
    await waitForState(canvasElement, 'ready')
    await expect(canvas.getByText(`${HOSTILE}\u202Eevil\u202C`)).toBeVisible()
    await expect(canvasElement.querySelector('script, svg:not(.pk-avatar__icon), img')).toBeNull()
  },
}

export const SimplifiedChinese: Story = {
  args: { userID: 'mei', fields: ['location', 'customFields.team'] },
  globals: { locale: 'zh-CN' },
  parameters: { kit: { messages: { ...zhCN, 'customFields.team': '团队' } } },
  play: async ({ canvasElement, canvas }) => {
    await waitForState(canvasElement, 'ready')
    await expect(canvas.getByText('所在地')).toBeVisible()
    await expect(canvas.getByText('团队')).toBeVisible()
    await expect(canvas.getByText('王美玲')).toBeVisible()
  },
}

export const RightToLeft: Story = {
  ...showing({ userID: 'layla', nick: 'ليلى أحمد', selfSignature: 'مرحبا بالعالم', location: 'القاهرة' }, [
    'location',
  ]),
  globals: { direction: 'rtl' },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'ready')
    const avatar = canvasElement.querySelector('.pk-avatar')!.getBoundingClientRect()
    const name = canvasElement.querySelector('.pk-card__name')!.getBoundingClientRect()
    await expect(avatar.left).toBeGreaterThan(name.left) // the avatar sits at the start: on the right
  },
}

export const Dark: Story = {
  args: { fields: ['location', 'customFields'] },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'ready')
    const background = getComputedStyle(card(canvasElement)).backgroundColor
    await expect(background).toBe('rgb(23, 23, 28)')
  },
}

export const DarkError: Story = {
  globals: { theme: 'dark' },
  parameters: { kit: { failureRate: 1 } },
  play: async ({ canvasElement }) => waitForState(canvasElement, 'error'),
}

function MessageButton({ onMessage }: { onMessage: (userID: string) => void }) {
  const { profile } = useProfileCard()
  if (!profile) return null
  return (
    <button
      type="button"
      className="pk-button"
      data-variant="primary"
      onClick={() => onMessage(profile.userID)}
    >
      Message
    </button>
  )
}

export const CustomLayout: Story = {
  args: { userID: 'linus' },
  render: (args) => (
    <ProfileCard {...args}>
      <div className="pk-card__header">
        <ProfileCard.Avatar size="md" />
        <div className="pk-card__heading">
          <ProfileCard.Name />
        </div>
        <MessageButton onMessage={onMessage} />
      </div>
      <ProfileCard.Status />
      <ProfileCard.Message />
    </ProfileCard>
  ),
  play: async ({ canvasElement, canvas }) => {
    await waitForState(canvasElement, 'ready')
    await userEvent.click(canvas.getByRole('button', { name: 'Message' }))
    await expect(onMessage).toHaveBeenCalledWith('linus')
  },
}
const onMessage = fn()

export const GivenProfile: Story = {
  args: {
    userID: undefined,
    profile: normalizeProfile({
      userID: 'offline',
      nick: 'Offline Olivia',
      avatar: PORTRAITS.mei,
      selfSignature: 'Rendered from a prop',
    }),
  },
  play: async ({ canvasElement }) => {
    await expect(card(canvasElement)).toHaveAttribute('data-state', 'ready')
    await expect(within(canvasElement).getByText('Offline Olivia')).toBeVisible()
  },
}
