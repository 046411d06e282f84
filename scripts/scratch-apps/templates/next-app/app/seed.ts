import { createMemoryAdapter } from '@profile-kit/core/vanilla'

/** The senders in the list, in order. */
export const SENDER_IDS = ['wang', 'bob', 'me']

/**
 * The same deterministic seed on the server (to prefetch) and in the browser (to load and save),
 * so the hydrated page matches the server HTML.
 */
export function createScratchAdapter() {
  return createMemoryAdapter({
    me: { userID: 'me', nick: 'Ada Lovelace' },
    profiles: [
      { userID: 'wang', nick: '王美玲', location: 'Hangzhou' },
      { userID: 'bob', nick: 'Bob Ross' },
    ],
  })
}
