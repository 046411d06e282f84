import { createMemoryAdapter } from '@profile-kit/core/vanilla'

/** The people in the chat list, in order. */
export const CHAT_MEMBER_IDS = ['me', 'grace', 'linus', 'margaret']

/**
 * The example's backend: the same seed on the server (to prefetch) and in the browser (to load,
 * update and hear changes). Swap in `createTencentChatAdapter` or `createNimAdapter` for a real
 * backend. Creating a memory adapter reads no clock, so it is safe while Next prerenders.
 */
export function createExampleAdapter() {
  return createMemoryAdapter({
    me: { userID: 'me', nick: 'Ada Lovelace', selfSignature: 'Counting engines', location: 'London' },
    profiles: [
      { userID: 'grace', nick: 'Grace Hopper', selfSignature: 'Debugging', location: 'Arlington' },
      { userID: 'linus', nick: 'Linus Torvalds', location: 'Portland', customFields: { team: 'kernel' } },
      { userID: 'margaret', nick: 'Margaret Hamilton', selfSignature: 'On the Apollo call' },
    ],
  })
}
