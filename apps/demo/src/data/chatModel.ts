/** An emoji reaction under a message. */
export interface Reaction {
  emoji: string
  count: number
}

/** One message of a conversation. Only the sender's ID is stored: names come from the profile hooks. */
export interface ChatMessage {
  id: string
  senderID: string
  text: string
  /** Milliseconds since the epoch. */
  sentAt: number
  reactions: readonly Reaction[]
}

/** A channel or a direct conversation with one person. */
export interface Conversation {
  id: string
  kind: 'channel' | 'direct'
  /** The channel's name (`general`); for a direct conversation the partner's profile names it. */
  name: string
  /** The other person of a direct conversation. */
  partnerID?: string
  /** Everyone who can post here, me included. */
  memberIDs: readonly string[]
  messages: readonly ChatMessage[]
  /** Messages I have not read, for the badge in the list. */
  unread: number
}
