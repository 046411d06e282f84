import type { RemarkChange } from '../adapter/RemarkSource'
import { isUserID, readOwn } from './guards'

/**
 * Reads one remark from an adapter's answer or event: `{ userID, remark }` with a string remark
 * (control characters and surrounding blanks kept as the backend has them) or `null` (no longer a
 * friend). Anything else is `undefined`: backends' answers are not trusted.
 *
 * @internal
 */
export function readRemarkChange(item: unknown): RemarkChange | undefined {
  if (!item || typeof item !== 'object') return undefined
  const userID = readOwn(item, 'userID')
  const remark = readOwn(item, 'remark')
  if (!isUserID(userID) || (typeof remark !== 'string' && remark !== null)) return undefined
  return { userID, remark }
}
