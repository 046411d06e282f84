/**
 * `true` for a usable user ID: a string with at least one non-whitespace character.
 *
 * @internal Shared by the loader, the engine, the hooks' input checks and `batchUserIDs`.
 */
export function isUserID(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== ''
}
