import { invalidArgument } from '../errors/invalidArgument'

/**
 * Reads one numeric option: `fallback` when it is left out, else a number of at least `min` (whole
 * when `whole` is set). `NaN` and `Infinity` never pass: they would retry, or wait, forever.
 *
 * @example
 * ```ts
 * numberOption('maxBatchSize', undefined, 100, 1, true) // 100
 * numberOption('windowMs', -1, 0) // throws invalid_argument: "windowMs must be a number >= 0, got a number (-1)"
 * ```
 * @throws {ProfileError} `invalid_argument` naming `field`.
 * @internal
 */
export function numberOption(
  field: string,
  value: unknown,
  fallback: number,
  min = 0,
  whole = false,
): number {
  const option = value ?? fallback
  if (typeof option === 'number' && option >= min && (whole ? Number.isInteger(option) : option < Infinity)) {
    return option
  }
  throw invalidArgument(field, option, `a ${whole ? 'whole ' : ''}number >= ${min}`)
}
