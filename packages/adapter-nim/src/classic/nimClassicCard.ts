import {
  isRecord,
  isUserID,
  normalizeProfile,
  type Gender,
  type Profile,
  type ProfileChange,
} from '@profile-kit/core/vanilla'
import { fromNimBirthday } from '../nimBirthday'
import { customFieldsFromNimExtension } from '../nimExtension'
import type { NIMUserNameCard } from './nimClassicTypes'

const GENDERS: ReadonlySet<unknown> = new Set<Gender>(['unknown', 'male', 'female'])

/**
 * A classic name card (`NIMUserNameCard`) as the kit's frozen {@link Profile}: `account` ->
 * `userID`, `sign` -> `selfSignature`, `birth` -> `birthday` (`'YYYY-MM-DD'` or `''`), `tel` ->
 * `phone`, `custom` JSON -> `customFields`, `updateTime` -> `updatedAt`. The SDK leaves out the
 * fields a user never set: they read as the kit's defaults. The card is copied, never kept.
 *
 * @example
 * ```ts
 * profileFromNimClassicCard({ account: 'ada', nick: 'Ada', tel: '123', createTime: 1, updateTime: 2 })
 * // { userID: 'ada', nick: 'Ada', phone: '123', updatedAt: 2, ... }
 * ```
 */
export function profileFromNimClassicCard(card: unknown): Profile {
  if (typeof card !== 'object' || card === null) return normalizeProfile(card)
  return normalizeProfile(fieldsOf(card as Partial<NIMUserNameCard>, () => true))
}

/**
 * A card the SDK delivered in a callback as a {@link ProfileChange}: only the fields the card
 * holds, so a partial card never blanks what it did not carry. `undefined` for a card without an
 * account.
 *
 * @example
 * ```ts
 * changeFromNimClassicCard({ account: 'ada', nick: 'Ada', createTime: 1, updateTime: 2 })
 * // { userID: 'ada', nick: 'Ada', updatedAt: 2 }
 * ```
 */
export function changeFromNimClassicCard(card: unknown): ProfileChange | undefined {
  if (!hasAccount(card)) return undefined
  const fields = fieldsOf(card, (key) => Object.hasOwn(card, key) && card[key] !== undefined)
  const change: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) change[key] = value
  return change as ProfileChange
}

/** The card's account, when it is a usable one. */
export function hasAccount(card: unknown): card is NIMUserNameCard {
  return isRecord(card) && isUserID(card.account)
}

function fieldsOf(card: Partial<NIMUserNameCard>, has: (key: keyof NIMUserNameCard) => boolean) {
  const pick = <K extends keyof NIMUserNameCard, T>(key: K, map: (value: NIMUserNameCard[K]) => T) =>
    has(key) ? map(card[key] as NIMUserNameCard[K]) : undefined
  const same = <T>(value: T) => value
  return {
    userID: card.account,
    nick: pick('nick', same),
    avatar: pick('avatar', same),
    gender: pick('gender', (g) => (GENDERS.has(g) ? (g as Gender) : 'unknown')),
    selfSignature: pick('sign', same),
    birthday: pick('birth', fromNimBirthday),
    email: pick('email', same),
    phone: pick('tel', same),
    customFields: pick('custom', customFieldsFromNimExtension),
    updatedAt: pick('updateTime', same),
  }
}
