import { useProfileKitConfig, useUserProfile, useUserProfiles } from '@profile-kit/core'
import { Avatar } from '@profile-kit/ui'
import type { ReactNode } from 'react'
import { useBackend } from '../backend/useBackend'
import type { Conversation } from '../data/chatModel'
import type { DemoMessageKey } from '../i18n/demoMessages'
import { useDemoText } from '../i18n/useDemoText'
import { useDemoStore } from '../state/useDemoStore'
import { BIG_GROUP_ID, BigGroupPane } from './BigGroupPane'
import { Composer } from './Composer'
import { Icon } from './Icon'
import { MessageLog } from './MessageLog'

/**
 * The open conversation: its header, the message log and the composer.
 *
 * @example
 * ```tsx
 * <ChatPane />
 * ```
 */
export function ChatPane() {
  const { conversations } = useBackend()
  const conversationID = useDemoStore((state) => state.conversationID)
  if (conversationID === BIG_GROUP_ID) return <BigGroupPane />
  const conversation =
    conversations.find((c) => c.id === conversationID) ?? (conversations[0] as Conversation)
  return conversation.kind === 'direct' ? (
    <DirectChat key={conversation.id} conversation={conversation} />
  ) : (
    <ChannelChat key={conversation.id} conversation={conversation} />
  )
}

function ChannelChat({ conversation }: { conversation: Conversation }) {
  const t = useDemoText()
  const title = `#${conversation.name}`
  // A face pile of the first members, batched with every row's request.
  const faces = useUserProfiles(conversation.memberIDs.slice(1, 4))
  return (
    <ChatLayout
      conversation={conversation}
      title={title}
      heading={
        <>
          <Icon name="hash" className="chat__hash" />
          {conversation.name}
        </>
      }
      subtitle={t(`channel.topic.${conversation.name}` as DemoMessageKey)}
      aside={
        <span className="chat__members">
          <span className="facepile" aria-hidden="true">
            {faces.data.map((profile) => (
              <Avatar key={profile.userID} profile={profile} size={22} decorative />
            ))}
          </span>
          {t('channel.members', { count: conversation.memberIDs.length })}
        </span>
      }
    />
  )
}

function DirectChat({ conversation }: { conversation: Conversation }) {
  const t = useDemoText()
  const { displayName } = useProfileKitConfig()
  const partnerID = conversation.partnerID ?? ''
  const partner = useUserProfile(partnerID).data
  const title = partner ? displayName(partner) : partnerID
  return (
    <ChatLayout
      conversation={conversation}
      title={title}
      heading={
        <>
          {partner ? <Avatar profile={partner} size={24} decorative /> : null}
          {title}
        </>
      }
      subtitle={partner?.selfSignature || t('direct.topic')}
    />
  )
}

interface ChatLayoutProps {
  conversation: Conversation
  /** Plain-text name, for labels: `#general`, `Maya Patel`. */
  title: string
  heading: ReactNode
  subtitle: string
  aside?: ReactNode
}

function ChatLayout({ conversation, title, heading, subtitle, aside }: ChatLayoutProps) {
  const t = useDemoText()
  const showPhoneView = useDemoStore((state) => state.showPhoneView)
  return (
    <section className="chat" aria-label={title}>
      <header className="chat__header">
        <button
          type="button"
          className="icon-button only-phone"
          aria-label={t('phone.back')}
          onClick={() => showPhoneView('conversations')}
        >
          <Icon name="back" />
        </button>
        <div className="chat__titles">
          <h2 className="chat__title">{heading}</h2>
          <p className="chat__subtitle">{subtitle}</p>
        </div>
        {aside}
      </header>
      <MessageLog conversation={conversation} label={t('log.label', { name: title })} />
      <Composer conversationID={conversation.id} title={title} />
    </section>
  )
}
