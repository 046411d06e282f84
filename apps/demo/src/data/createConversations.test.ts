import { describe, expect, it } from 'vitest'
import { createConversations } from './createConversations'
import { createPeople, ME_ID } from './people'

const people = createPeople()
const conversations = createConversations(people, ME_ID)
const general = conversations.find((c) => c.id === 'general')

describe('createConversations', () => {
  it('gives #general at least 300 messages from at least 40 senders, me among them', () => {
    const senders = new Set(general?.messages.map((m) => m.senderID))
    expect(general?.messages.length).toBeGreaterThanOrEqual(300)
    expect(senders.size).toBeGreaterThanOrEqual(41)
    expect(senders.has(ME_ID)).toBe(true)
  })

  it('has every sender be a known person or me', () => {
    const known = new Set([ME_ID, ...people.map((p) => p.userID)])
    const unknown = conversations.flatMap((c) => c.messages.filter((m) => !known.has(m.senderID)))
    expect(unknown).toEqual([])
  })

  it('never shows the same sender twice in a row, and keeps time moving forward', () => {
    for (const conversation of conversations) {
      conversation.messages.forEach((message, index) => {
        const previous = conversation.messages[index - 1]
        if (!previous) return
        expect(message.senderID).not.toBe(previous.senderID)
        expect(message.sentAt).toBeGreaterThan(previous.sentAt)
      })
    }
  })

  it('is the same chat on every load', () => {
    expect(createConversations(createPeople(), ME_ID)).toEqual(conversations)
  })

  it('gives message IDs unique across the workspace', () => {
    const ids = conversations.flatMap((c) => c.messages.map((m) => m.id))
    expect(new Set(ids).size).toBe(ids.length)
  })
})
