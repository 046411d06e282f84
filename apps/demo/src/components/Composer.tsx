import { useState, type FormEvent, type KeyboardEvent } from 'react'
import { useBackend } from '../backend/useBackend'
import { useDemoText } from '../i18n/useDemoText'
import { useDemoStore } from '../state/useDemoStore'
import { Icon } from './Icon'

/**
 * Writes a message as me. Enter sends, Shift+Enter starts a new line. The new row names me
 * through the profile hooks like every other row.
 *
 * @example
 * ```tsx
 * <Composer conversationID="general" title="#general" />
 * ```
 */
export function Composer({ conversationID, title }: { conversationID: string; title: string }) {
  const t = useDemoText()
  const { myID } = useBackend()
  const send = useDemoStore((state) => state.send)
  const [text, setText] = useState('')
  const label = t('composer.label', { name: title })

  const submit = (event?: FormEvent) => {
    event?.preventDefault()
    const body = text.trim()
    if (!body) return
    const sentAt = Date.now()
    send(conversationID, {
      id: `${conversationID}-sent-${sentAt}`,
      senderID: myID,
      text: body,
      sentAt,
      reactions: [],
    })
    setText('')
  }
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) submit(event)
  }

  return (
    <form className="composer" onSubmit={submit}>
      <textarea
        className="composer__input"
        aria-label={label}
        placeholder={label}
        rows={1}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <button
        type="submit"
        className="composer__send"
        aria-label={t('composer.send')}
        disabled={!text.trim()}
      >
        <Icon name="send" />
      </button>
    </form>
  )
}
