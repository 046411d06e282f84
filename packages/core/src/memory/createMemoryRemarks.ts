import type { RemarkChange, RemarkSource } from '../adapter/RemarkSource'
import { ProfileError } from '../errors/ProfileError'
import { describeValue } from '../errors/invalidArgument'
import { isUserID } from '../model/guards'

/** A friend of the signed-in user in the memory adapter, with my remark for them (`''` or absent: none). */
export interface SeedFriend {
  userID: string
  remark?: string
}

/** The memory adapter's remarks: every optional part present, limits in characters. */
export type MemoryRemarkSource = RemarkSource &
  Required<Pick<RemarkSource, 'maxBatchSize' | 'maxLength' | 'setRemark' | 'subscribe'>>

/** The memory adapter's remark source plus the control that plays another device. */
export interface MemoryRemarks {
  source: MemoryRemarkSource
  /**
   * Another device sets my remark for a user (`''` clears it, and makes a stranger a friend;
   * `null` removes the friend). Stored at once; subscribers hear it asynchronously.
   */
  simulateRemoteRemark(userID: string, remark: string | null): void
}

/** Tencent keeps remarks of up to 96 bytes; NetEase up to 128 characters. The stricter one, in characters. */
export const MEMORY_REMARK_MAX_LENGTH = 96

/**
 * Friends and remarks in memory, behaving like the vendors': non-friends are left out of
 * `getRemarks`, setting a remark for a non-friend fails, every change (from this device or
 * "another") is pushed to subscribers after the call, as SDKs push friend updates.
 *
 * @internal Used by `createMemoryAdapter`.
 */
export function createMemoryRemarks(
  friends: readonly SeedFriend[],
  network: (call: string) => Promise<void>,
  maxBatchSize: number,
): MemoryRemarks {
  const remarks = new Map<string, string>(friends.map((friend, index) => seedFriend(friend, index)))
  const subscribers = new Set<(changes: RemarkChange[]) => void>()

  function store(userID: string, remark: string | null) {
    if (remark === null) remarks.delete(userID)
    else remarks.set(userID, remark)
    for (const onChange of subscribers) {
      queueMicrotask(() => {
        if (subscribers.has(onChange)) onChange([{ userID, remark }])
      })
    }
  }

  const source: MemoryRemarkSource = {
    maxBatchSize,
    maxLength: MEMORY_REMARK_MAX_LENGTH,
    async getRemarks(userIDs) {
      if (!Array.isArray(userIDs) || userIDs.length > maxBatchSize) {
        throw new ProfileError(
          'invalid_argument',
          `getRemarks takes an array of at most ${maxBatchSize} user IDs, got ${describeValue(userIDs)}${Array.isArray(userIDs) ? ` of ${userIDs.length}` : ''}.`,
          { field: 'userIDs' },
        )
      }
      await network('getRemarks')
      return [...new Set(userIDs)].flatMap((userID) => {
        const remark = remarks.get(userID)
        return remark === undefined ? [] : [{ userID, remark }]
      })
    },
    async setRemark(userID, remark) {
      await network('setRemark')
      if (!remarks.has(userID)) {
        throw new ProfileError(
          'permission_denied',
          `"${userID}" is not a friend: only friends have remarks.`,
          {
            vendorCode: 'memory',
          },
        )
      }
      if (typeof remark !== 'string' || remark.length > MEMORY_REMARK_MAX_LENGTH) {
        throw new ProfileError(
          'invalid_argument',
          `remark must be a string of at most ${MEMORY_REMARK_MAX_LENGTH} characters, got ${describeValue(remark)}.`,
          { field: 'remark' },
        )
      }
      store(userID, remark)
    },
    subscribe(onChange) {
      subscribers.add(onChange)
      return () => void subscribers.delete(onChange)
    },
  }

  function simulateRemoteRemark(userID: string, remark: string | null) {
    if (!isUserID(userID) || (remark !== null && typeof remark !== 'string')) {
      throw new ProfileError(
        'invalid_argument',
        `simulateRemoteRemark needs a user ID and a string or null, got ${describeValue(userID)} and ${describeValue(remark)}.`,
        { field: 'remark' },
      )
    }
    store(userID, remark)
  }

  return { source, simulateRemoteRemark }
}

function seedFriend(friend: SeedFriend, index: number): [string, string] {
  const remark = friend?.remark ?? ''
  if (!isUserID(friend?.userID) || typeof remark !== 'string') {
    throw new ProfileError(
      'invalid_argument',
      `friends[${index}] must be { userID, remark? } with a string remark, got ${describeValue(friend)}.`,
      { field: `friends[${index}]` },
    )
  }
  return [friend.userID, remark]
}
