import { answerItems } from './answerItems'
import { readRemarkChange } from '../model/readRemarkChange'

/**
 * Reads a `getRemarks` answer for the IDs of one batch: each requested friend's remark by user ID
 * (`''` for a friend without one). Items that are not remarks or that nobody asked for are left
 * out; an ID missing from the result is not a friend.
 *
 * @throws {ProfileError} `unknown` when the answer is not an array.
 * @internal Used by the engine's remark loader.
 */
export function matchRemarks(answer: unknown, requested: ReadonlySet<string>): Map<string, string> {
  const found = new Map<string, string>()
  for (const item of answerItems(answer, 'getRemarks', 'remarks')) {
    const remark = readRemarkChange(item)
    // A friend always has a string remark; null here is an unreadable item.
    if (remark && typeof remark.remark === 'string' && requested.has(remark.userID)) {
      found.set(remark.userID, remark.remark)
    }
  }
  return found
}
