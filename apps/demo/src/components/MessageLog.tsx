import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import type { ChatMessage, Conversation } from '../data/chatModel'
import { formatDay } from '../i18n/formatters'
import { useBackend } from '../backend/useBackend'
import { useDemoStore } from '../state/useDemoStore'
import { MessageRow } from './MessageRow'

const NONE: readonly ChatMessage[] = []

interface Day {
  key: string
  first: number
  messages: ChatMessage[]
}

/** Consecutive messages of the same calendar day (in the viewer's time zone). */
function groupByDay(messages: readonly ChatMessage[]): Day[] {
  const days: Day[] = []
  for (const message of messages) {
    const date = new Date(message.sentAt)
    const key = `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`
    const last = days.at(-1)
    if (last?.key === key) last.messages.push(message)
    else days.push({ key, first: message.sentAt, messages: [message] })
  }
  return days
}

/**
 * The conversation's messages, grouped by day, in a `role="log"` region (new messages are
 * announced politely). Opens at the newest message, as chat apps do.
 *
 * @example
 * ```tsx
 * <MessageLog conversation={conversation} label="Messages in #general" />
 * ```
 */
export function MessageLog({ conversation, label }: { conversation: Conversation; label: string }) {
  const { myID } = useBackend()
  const locale = useDemoStore((state) => state.locale)
  const sent = useDemoStore((state) => state.sent[conversation.id]) ?? NONE
  const days = useMemo(() => groupByDay([...conversation.messages, ...sent]), [conversation.messages, sent])
  const element = useRef<HTMLDivElement>(null)
  const content = useRef<HTMLDivElement>(null)
  // Whether the reader is at the newest message: then the log stays there while rows grow
  // (names, pictures and fonts arriving) and when I send, as chat apps do.
  const pinned = useRef(true)

  useLayoutEffect(() => {
    pinned.current = true
    scrollToEnd(element.current)
  }, [conversation.id, sent.length])

  useEffect(() => {
    const log = element.current
    if (!log || !content.current) return
    const observer = new ResizeObserver(() => {
      if (pinned.current) scrollToEnd(log)
    })
    observer.observe(content.current)
    return () => observer.disconnect()
  }, [])

  const onScroll = () => {
    const log = element.current
    if (log) pinned.current = log.scrollHeight - log.scrollTop - log.clientHeight < 48
  }

  return (
    <div ref={element} className="log" role="log" aria-label={label} onScroll={onScroll}>
      <div ref={content}>
        {days.map((day) => (
          <section key={day.key} className="log__day" aria-labelledby={`day-${conversation.id}-${day.key}`}>
            <h3 className="log__date" id={`day-${conversation.id}-${day.key}`}>
              <span>{formatDay(day.first, locale)}</span>
            </h3>
            <ol className="log__messages">
              {day.messages.map((message) => (
                <MessageRow key={message.id} message={message} mine={message.senderID === myID} />
              ))}
            </ol>
          </section>
        ))}
      </div>
    </div>
  )
}

function scrollToEnd(log: HTMLElement | null): void {
  if (log) log.scrollTop = log.scrollHeight
}
