'use client'
import { useUserProfiles } from '@profile-kit/core'
import { Avatar, ProfileCard, ProfileEditor } from '@profile-kit/ui'

/** What every scratch app shows (see ../../../apps.ts): the senders, 王美玲's card, my editor. */
export function Profiles({ senderIDs }: { senderIDs: string[] }) {
  const { data, isPending } = useUserProfiles(senderIDs)
  return (
    <>
      {isPending ? (
        <p aria-busy="true">Loading…</p>
      ) : (
        <ul aria-label="Senders">
          {data.map((profile) => (
            <li key={profile.userID}>
              <Avatar profile={profile} decorative />
              <span>{profile.nick}</span>
            </li>
          ))}
        </ul>
      )}
      <ProfileCard userID="wang" />
      <ProfileEditor />
    </>
  )
}
