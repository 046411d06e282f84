import { ProfileProvider, useUserProfiles } from '@profile-kit/core'
import { createMemoryAdapter } from '@profile-kit/core/vanilla'
import { Avatar, ProfileCard, ProfileEditor } from '@profile-kit/ui'
import '@profile-kit/ui/styles.css'

// What an adopter writes first: the memory adapter, a list of senders, a card, my editor.
const adapter = createMemoryAdapter({
  me: { userID: 'me', nick: 'Ada Lovelace' },
  profiles: [
    { userID: 'wang', nick: '王美玲', location: 'Hangzhou' },
    { userID: 'bob', nick: 'Bob Ross' },
  ],
})

function Senders({ userIDs }: { userIDs: string[] }) {
  const { data, isPending } = useUserProfiles(userIDs)
  if (isPending) return <p aria-busy="true">Loading…</p>
  return (
    <ul aria-label="Senders">
      {data.map((profile) => (
        <li key={profile.userID}>
          <Avatar profile={profile} decorative />
          <span>{profile.nick}</span>
        </li>
      ))}
    </ul>
  )
}

export function App() {
  return (
    <ProfileProvider adapter={adapter}>
      <Senders userIDs={['wang', 'bob', 'me']} />
      <ProfileCard userID="wang" />
      <ProfileEditor />
    </ProfileProvider>
  )
}
