'use client'
import { useProfileKitConfig, useUserProfiles } from '@profile-kit/core'
import { Avatar, ProfileCard, ProfileEditor } from '@profile-kit/ui'
import { useState } from 'react'

/** A chat list (names and avatars), the selected person's card, and my profile editor. */
export function ChatScreen({ memberIDs }: { memberIDs: string[] }) {
  const { data } = useUserProfiles(memberIDs)
  const { displayName } = useProfileKitConfig()
  const [selectedID, setSelectedID] = useState(memberIDs[0] ?? 'me')
  return (
    <div className="chat">
      <nav aria-label="Chats">
        <ul className="chat__list">
          {data.map((profile) => (
            <li key={profile.userID}>
              <button
                type="button"
                className="chat__member"
                aria-pressed={profile.userID === selectedID}
                onClick={() => setSelectedID(profile.userID)}
              >
                <Avatar profile={profile} size="md" decorative />
                <span>{displayName(profile)}</span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-label="Profile" className="chat__card">
        <ProfileCard userID={selectedID} fields={['location', 'customFields']} />
      </section>
      <section aria-labelledby="edit-heading" className="chat__editor">
        <h2 id="edit-heading">My profile</h2>
        <ProfileEditor />
      </section>
    </div>
  )
}
