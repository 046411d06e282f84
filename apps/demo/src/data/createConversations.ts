import type { SeedProfile } from '@profile-kit/core'
import type { ChatMessage, Conversation, Reaction } from './chatModel'
import { createRandom, type Random } from './createRandom'
import { pick } from './pick'
import { SENTENCES, SENTENCES_ZH } from './sentences'

/** Monday 12 May 2025, 08:30 UTC: a fixed start, so the chat is the same on every load. */
const START = Date.UTC(2025, 4, 12, 8, 30)
const MINUTE = 60_000
const REACTIONS = ['👍', '🎉', '❤️', '😂', '👀', '🚀']
const CJK = /[\u3400-\u9fff\uac00-\ud7af]/

interface ChannelPlan {
  id: string
  name: string
  length: number
  /** How many of the people post here (the first ones after a seeded shuffle). */
  members: number
  unread: number
}

const CHANNELS: ChannelPlan[] = [
  { id: 'general', name: 'general', length: 320, members: Infinity, unread: 0 },
  { id: 'design', name: 'design', length: 60, members: 12, unread: 3 },
  { id: 'engineering', name: 'engineering', length: 90, members: 20, unread: 12 },
  { id: 'random', name: 'random', length: 40, members: 30, unread: 0 },
]

/** How often I post: every n-th message on average. */
const MY_SHARE = 9

/**
 * The demo's conversations: four channels (`general` with 320 messages from all 48 people) and four
 * direct conversations. Seeded, so every load and every test sees the same chat.
 *
 * @example
 * ```ts
 * const conversations = createConversations(createPeople(), ME_ID)
 * ```
 */
export function createConversations(people: readonly SeedProfile[], myID: string, seed = 11): Conversation[] {
  const random = createRandom(seed)
  const nameOf = new Map(people.map((p) => [p.userID, p.nick ?? '']))
  const ids = people.map((p) => p.userID)
  const channels = CHANNELS.map((plan) => {
    const members = shuffle(random, ids).slice(0, Math.min(plan.members, ids.length))
    const messages = createMessages(random, { id: plan.id, members, myID, length: plan.length, nameOf })
    return {
      id: plan.id,
      kind: 'channel' as const,
      name: plan.name,
      memberIDs: [myID, ...members],
      messages,
      unread: plan.unread,
    }
  })
  const directs = ids.slice(0, 4).map((partnerID, index) => {
    const messages = createMessages(random, {
      id: `dm-${partnerID}`,
      members: [partnerID],
      myID,
      length: 16,
      nameOf,
      turns: true,
    })
    return {
      id: `dm-${partnerID}`,
      kind: 'direct' as const,
      name: partnerID,
      partnerID,
      memberIDs: [myID, partnerID],
      messages,
      unread: index === 1 ? 2 : 0,
    }
  })
  return [...channels, ...directs]
}

interface MessagePlan {
  id: string
  members: readonly string[]
  myID: string
  length: number
  nameOf: ReadonlyMap<string, string>
  /** A direct conversation: the two people take turns. */
  turns?: boolean
}

function createMessages(random: Random, plan: MessagePlan): ChatMessage[] {
  // Everyone posts at least once, then at random; never the same sender twice in a row.
  const order = shuffle(random, plan.members)
  const messages: ChatMessage[] = []
  let time = START
  let previous = ''
  for (let index = 0; index < plan.length; index++) {
    const senderID = plan.turns
      ? index % 2 === 0
        ? (plan.members[0] as string)
        : plan.myID
      : nextSender(random, plan, order[index], previous)
    time = nextTime(random, time)
    const zh = CJK.test(plan.nameOf.get(senderID) ?? '') && random() < 0.6
    messages.push({
      id: `${plan.id}-${index}`,
      senderID,
      text: pick(random, zh ? SENTENCES_ZH : SENTENCES),
      sentAt: time,
      reactions: createReactions(random),
    })
    previous = senderID
  }
  return messages
}

function nextSender(
  random: Random,
  plan: MessagePlan,
  scheduled: string | undefined,
  previous: string,
): string {
  if (scheduled !== undefined && scheduled !== previous) return scheduled
  for (;;) {
    const candidate = random() < 1 / MY_SHARE ? plan.myID : pick(random, plan.members)
    if (candidate !== previous) return candidate
  }
}

/** A few minutes later during working hours; after 18:00 the next morning. */
function nextTime(random: Random, time: number): number {
  const next = time + (1 + Math.floor(random() * 7)) * MINUTE
  const hour = new Date(next).getUTCHours()
  if (hour < 18) return next
  const morning = new Date(next)
  morning.setUTCDate(morning.getUTCDate() + 1)
  morning.setUTCHours(8, Math.floor(random() * 40), 0, 0)
  return morning.getTime()
}

function createReactions(random: Random): Reaction[] {
  if (random() > 0.15) return []
  const count = 1 + Math.floor(random() * 2)
  const emojis = shuffle(random, REACTIONS).slice(0, count)
  return emojis.map((emoji) => ({ emoji, count: 1 + Math.floor(random() * 6) }))
}

function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j] as T, copy[i] as T]
  }
  return copy
}
