import type { SeedProfile } from '@profile-kit/core'

/** Distinct users in the list. */
export const USER_COUNT = 250
/** Cards in the list: every user is shown by 4 of them, spread through the list like chat senders. */
export const CARD_COUNT = 1000

/** The users, `user-000` … `user-249`. */
export const USER_IDS: readonly string[] = Array.from(
  { length: USER_COUNT },
  (_, index) => `user-${String(index).padStart(3, '0')}`,
)

/** The user each card shows: card `i` shows user `i mod 250`. */
export const CARD_USER_IDS: readonly string[] = Array.from(
  { length: CARD_COUNT },
  (_, index) => USER_IDS[index % USER_COUNT] as string,
)

/** What the backend holds for each user. */
export const SEED_PROFILES: SeedProfile[] = USER_IDS.map((userID, index) => ({
  userID,
  nick: `Sender ${index}`,
  selfSignature: `Status of sender ${index}`,
}))

/** The signed-in user (not shown in the list). */
export const ME: SeedProfile = { userID: 'me', nick: 'Me' }
