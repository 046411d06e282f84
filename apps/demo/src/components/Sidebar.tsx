import {
  useDisplayName,
  useMyProfile,
  useProfileKitConfig,
  useUserPresence,
  useUserProfile,
} from '@profile-kit/core'
import { Avatar } from '@profile-kit/ui'
import type { ReactNode } from 'react'
import { useBackend } from '../backend/useBackend'
import type { Conversation } from '../data/chatModel'
import { useDemoText } from '../i18n/useDemoText'
import { useDemoStore } from '../state/useDemoStore'
import { BIG_GROUP_ID } from './BigGroupPane'
import { Icon } from './Icon'

/**
 * The conversation list: channels, direct messages (named and pictured through the profile
 * hooks) and, at the bottom, me.
 *
 * @example
 * ```tsx
 * <Sidebar />
 * ```
 */
export function Sidebar() {
  const t = useDemoText()
  const { conversations } = useBackend()
  const channels = conversations.filter((c) => c.kind === 'channel')
  const directs = conversations.filter((c) => c.kind === 'direct')
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <div className="sidebar__workspace">
        <span className="sidebar__logo" aria-hidden="true">
          A
        </span>
        <span className="sidebar__workspace-name">{t('app.workspace')}</span>
      </div>
      <div className="sidebar__scroll">
        <h2 className="sidebar__heading">{t('nav.channels')}</h2>
        <ul className="sidebar__list">
          {channels.map((conversation) => (
            <li key={conversation.id}>
              <ConversationLink conversation={conversation}>
                <Icon name="hash" className="sidebar__icon" />
                <span className="sidebar__label">{conversation.name}</span>
              </ConversationLink>
            </li>
          ))}
          <li>
            <ConversationLink conversation={BIG_GROUP}>
              <Icon name="hash" className="sidebar__icon" />
              <span className="sidebar__label">{t('nav.bigGroup')}</span>
            </ConversationLink>
          </li>
        </ul>
        <h2 className="sidebar__heading">{t('nav.direct')}</h2>
        <ul className="sidebar__list">
          {directs.map((conversation) => (
            <li key={conversation.id}>
              <DirectLink conversation={conversation} />
            </li>
          ))}
        </ul>
      </div>
      <MeButton />
    </nav>
  )
}

/** The 10,000-member group (`BigGroupPane`): a conversation of the demo's own, never unread. */
const BIG_GROUP = { id: BIG_GROUP_ID, unread: 0 }

function ConversationLink({
  conversation,
  children,
}: {
  conversation: Pick<Conversation, 'id' | 'unread'>
  children: ReactNode
}) {
  const t = useDemoText()
  const active = useDemoStore((state) => state.conversationID === conversation.id)
  const openConversation = useDemoStore((state) => state.openConversation)
  // Opening a conversation reads it; a demo has no read receipts, so the badge hides while open.
  const unread = active ? 0 : conversation.unread
  return (
    <button
      type="button"
      className="sidebar__item"
      aria-current={active ? 'page' : undefined}
      data-unread={unread > 0 || undefined}
      onClick={() => openConversation(conversation.id)}
    >
      {children}
      {unread > 0 ? (
        <span className="badge">
          {unread}
          <span className="visually-hidden"> {t('nav.unread', { count: unread })}</span>
        </span>
      ) : null}
    </button>
  )
}

function DirectLink({ conversation }: { conversation: Conversation }) {
  const partnerID = conversation.partnerID ?? ''
  const partner = useUserProfile(partnerID).data
  const presence = useUserPresence(partnerID)
  const name = useDisplayName(partnerID)
  return (
    <ConversationLink conversation={conversation}>
      {partner ? (
        <Avatar profile={partner} size={20} decorative presence={presence} className="sidebar__avatar" />
      ) : (
        <span className="sidebar__avatar skeleton" aria-hidden="true" />
      )}
      <span className="sidebar__label">{name}</span>
    </ConversationLink>
  )
}

function MeButton() {
  const t = useDemoText()
  const { displayName } = useProfileKitConfig()
  const me = useMyProfile().data
  const showInspectorTab = useDemoStore((state) => state.showInspectorTab)
  const showPhoneView = useDemoStore((state) => state.showPhoneView)
  return (
    <button
      type="button"
      className="sidebar__me"
      title={t('nav.me')}
      onClick={() => {
        showInspectorTab('profile')
        showPhoneView('profile')
      }}
    >
      {me ? (
        <Avatar profile={me} size={32} decorative />
      ) : (
        <span className="sidebar__avatar skeleton" aria-hidden="true" />
      )}
      <span className="sidebar__me-text">
        <span className="sidebar__me-name">{me ? displayName(me) : '…'}</span>
        <span className="sidebar__me-status">{me?.selfSignature}</span>
      </span>
    </button>
  )
}
