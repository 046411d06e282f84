import { ProfileError } from '@profile-kit/core/vanilla'

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Tencent's uint32 birthday (convention `YYYYMMDD`, `0` unset) as the kit's `'YYYY-MM-DD'`.
 * Values in another convention (a timestamp, say) give `''`; `normalizeProfile` also clears
 * impossible dates such as `20230231`.
 *
 * @example
 * ```ts
 * fromTencentBirthday(19900102) // '1990-01-02'
 * fromTencentBirthday(0) // ''
 * ```
 */
export function fromTencentBirthday(value: unknown): string {
  // Years below 1000 are stored with fewer digits (0999-12-31 -> 9991231): pad back to YYYYMMDD.
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 101 || value > 99991231) return ''
  const text = String(value).padStart(8, '0')
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`
}

/**
 * The kit's `'YYYY-MM-DD'` (or `''` to clear) as Tencent's uint32 `YYYYMMDD`.
 *
 * @throws {ProfileError} `invalid_argument` with `field: 'birthday'` for any other text.
 * @example
 * ```ts
 * toTencentBirthday('1990-01-02') // 19900102
 * toTencentBirthday('') // 0
 * ```
 */
export function toTencentBirthday(value: string): number {
  if (value === '') return 0
  const match = DATE.exec(value)
  if (!match) {
    throw new ProfileError(
      'invalid_argument',
      `Birthday must be written YYYY-MM-DD (or '' to clear it), got ${JSON.stringify(value)}.`,
      { field: 'birthday' },
    )
  }
  return Number(`${match[1]}${match[2]}${match[3]}`)
}
