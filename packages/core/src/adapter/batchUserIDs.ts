import { isUserID } from '../model/guards'
import { invalidArgument } from '../errors/invalidArgument'

/**
 * Checks the IDs an adapter's `getUserProfiles` received, drops duplicates (first occurrence
 * wins) and splits them into batches the SDK accepts, so an adapter never sends an ID twice or
 * more IDs per call than its backend takes.
 *
 * @throws {ProfileError} `invalid_argument` naming the first ID that is not a non-empty string
 * (`field` is `userIDs[index]`), or when `maxBatchSize` is not a positive integer.
 * @example
 * ```ts
 * async getUserProfiles(userIDs) {
 *   const answers = await Promise.all(batchUserIDs(userIDs, 100).map((ids) => sdk.getUsers(ids)))
 *   return answers.flat().map(normalizeAcmeProfile)
 * }
 * // batchUserIDs(['a', 'b', 'a', 'c'], 2) -> [['a', 'b'], ['c']]
 * ```
 */
export function batchUserIDs(userIDs: readonly unknown[], maxBatchSize: number): string[][] {
  // A size below 1 would never advance through the list.
  if (!Number.isInteger(maxBatchSize) || maxBatchSize < 1) {
    throw invalidArgument('maxBatchSize', maxBatchSize, 'a positive integer')
  }
  userIDs.forEach((id, index) => {
    if (!isUserID(id)) throw invalidArgument(`userIDs[${index}]`, id, 'a non-empty string')
  })
  const unique = [...new Set(userIDs as string[])]
  const batches: string[][] = []
  for (let start = 0; start < unique.length; start += maxBatchSize) {
    batches.push(unique.slice(start, start + maxBatchSize))
  }
  return batches
}
