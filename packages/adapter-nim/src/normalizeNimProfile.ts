import { normalizeProfile, type AllowType, type Gender, type Profile } from '@profile-kit/core/vanilla'
import { fromNimBirthday } from './nimBirthday'
import { NIM_GENDER } from './nimConstants'
import { customFieldsFromNimExtension } from './nimExtension'
import type { V2NIMUser } from './nimTypes'

/** NetEase never gates friend requests per user (see {@link normalizeNimProfile}). */
const NIM_ALLOW_TYPE: AllowType = 'allowAny'
const GENDER_FROM_NIM = new Map(Object.entries(NIM_GENDER).map(([kit, nim]) => [nim, kit as Gender]))

/**
 * A NetEase `V2NIMUser` as the kit's frozen {@link Profile}: `accountId` -> `userID`, `name` ->
 * `nick`, `sign` -> `selfSignature`, `mobile` -> `phone`, gender 0/1/2 -> unknown/male/female,
 * birthday text -> `'YYYY-MM-DD'` (or `''`), `serverExtension` JSON -> `customFields`,
 * `updateTime` -> `updatedAt`. NetEase has no location, language, level or role: those read as
 * the kit's defaults. Nor has it a friend-request policy per user: any client may add anyone
 * directly (`V2NIMFriendAddMode` ADD) or ask (APPLY), as the app chooses, so `allowType` reads as
 * what the server does, `'allowAny'`, not the kit's `'needConfirm'`. The SDK's object is copied,
 * never kept.
 *
 * @throws {ProfileError} `unknown` when `raw` is not a user with an `accountId`.
 * @example
 * ```ts
 * const [user] = await nim.V2NIMUserService.getUserList(['ada'])
 * const profile = normalizeNimProfile(user)
 * ```
 */
export function normalizeNimProfile(raw: unknown): Profile {
  if (typeof raw !== 'object' || raw === null) return normalizeProfile(raw)
  const user = raw as Partial<V2NIMUser>
  return normalizeProfile({
    userID: user.accountId,
    nick: user.name,
    avatar: user.avatar,
    gender: GENDER_FROM_NIM.get(user.gender as number),
    selfSignature: user.sign,
    allowType: NIM_ALLOW_TYPE,
    birthday: fromNimBirthday(user.birthday),
    email: user.email,
    phone: user.mobile,
    customFields: customFieldsFromNimExtension(user.serverExtension),
    updatedAt: user.updateTime,
  })
}
