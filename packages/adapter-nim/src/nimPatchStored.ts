import type { V2NIMUser, V2NIMUserUpdateParams } from './nimTypes'

/**
 * Whether the server's copy of a user already holds every value of an `updateSelfUserProfile`
 * patch. Unset fields read as the server sends them: absent text as `''`, absent gender as `0`.
 *
 * @example
 * ```ts
 * isNimPatchStored({ accountId: 'me', name: 'Ada', gender: 2 }, { name: 'Ada', sign: '' }) // true
 * ```
 */
export function isNimPatchStored(stored: Partial<V2NIMUser>, params: V2NIMUserUpdateParams): boolean {
  return Object.entries(params).every(([key, value]) => {
    if (value === undefined) return true
    const current: unknown = stored[key as keyof V2NIMUserUpdateParams]
    return (current ?? (key === 'gender' ? 0 : '')) === value
  })
}
