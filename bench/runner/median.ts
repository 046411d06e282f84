/**
 * The median of a non-empty list (the mean of the middle two for an even length).
 *
 * @example
 * ```ts
 * median([3, 1, 2]) // 2
 * ```
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of an empty list')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}
