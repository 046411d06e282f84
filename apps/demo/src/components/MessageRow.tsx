import { memo } from 'react'
import { useDisplayName, useUserPresence, useUserProfile } from '@profile-kit/core'
import { Avatar } from '@profile-kit/ui'
import type { ChatMessage } from '../data/chatModel'
import { formatTime } from '../i18n/formatters'
import { useDemoText } from '../i18n/useDemoText'
import { useDemoStore } from '../state/useDemoStore'

interface MessageRowProps {
  message: ChatMessage
  /** I sent it: marked "you", and its name is my live nickname like everyone else's. */
  mine: boolean
}

/**
 * One message: the sender's avatar (a button that opens their card) and name (my remark, else the
 * nickname), read through `useUserProfile` and `useDisplayName` as a chat app would. Hundreds of rows ask at once; the kit makes one call.
 *
 * @example
 * ```tsx
 * <MessageRow message={message} mine={message.senderID === myID} />
 * ```
 */
export const MessageRow = memo(function MessageRow({ message, mine }: MessageRowProps) {
  const { data: sender } = useUserProfile(message.senderID)
  const presence = useUserPresence(message.senderID)
  // My remark for the sender, else their nickname: a rename re-renders only this sender's rows.
  // By ID, so the remark is asked for in the same batch window as the profile, not after it.
  const name = useDisplayName(message.senderID)
  const locale = useDemoStore((state) => state.locale)
  const openProfile = useDemoStore((state) => state.openProfile)
  const t = useDemoText()
  return (
    <li className="msg" data-sender-id={message.senderID} data-mine={mine || undefined}>
      {sender ? (
        <Avatar
          profile={sender}
          size={36}
          presence={presence}
          className="msg__avatar"
          onClick={() => openProfile(sender.userID)}
        />
      ) : (
        <span className="msg__avatar skeleton" aria-hidden="true" />
      )}
      <div className="msg__body">
        <div className="msg__meta">
          {sender ? (
            <span className="msg__name">{name}</span>
          ) : (
            <span className="msg__name skeleton skeleton--text">
              <span className="visually-hidden">{t('log.loadingName')}</span>
            </span>
          )}
          {mine ? <span className="msg__you">{t('log.you')}</span> : null}
          <time className="msg__time" dateTime={new Date(message.sentAt).toISOString()}>
            {formatTime(message.sentAt, locale)}
          </time>
        </div>
        <p className="msg__text">{message.text}</p>
        {message.reactions.length > 0 ? (
          <ul className="msg__reactions">
            {message.reactions.map((reaction) => (
              <li key={reaction.emoji} className="reaction">
                {t('log.reactions', { emoji: reaction.emoji, count: reaction.count })}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </li>
  )
})
