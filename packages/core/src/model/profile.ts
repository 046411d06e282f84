/** Gender as the kit models it. Vendor constants are mapped by the adapters. */
export type Gender = 'unknown' | 'female' | 'male'

/** Who may send this user a friend request. */
export type AllowType = 'allowAny' | 'needConfirm' | 'denyAny'

/**
 * Whether this user receives messages: Tencent Cloud Chat's `messageSettings` (`0` receive,
 * `1` do not receive).
 */
export type MessageSettings = 'receive' | 'doNotReceive'

/**
 * Whether this user may send friend requests: Tencent Cloud Chat's `adminForbidType`
 * (`AdminForbid_Type_None`: allowed; `AdminForbid_Type_SendOut`: sending them is forbidden).
 */
export type AdminForbidType = 'none' | 'sendOut'

/**
 * A user's profile as every hook and component receives it: every key present (defaults below),
 * frozen, and safe to index with any custom-field key.
 *
 * @example
 * ```ts
 * const { data: me } = useMyProfile()
 * me?.nick || me?.userID
 * ```
 */
export interface Profile {
  readonly userID: string
  /** Display nickname; `''` when unset. */
  readonly nick: string
  /** Avatar URL or `''`. Components only load `http:`, `https:`, `data:image/` and `blob:` URLs. */
  readonly avatar: string
  readonly gender: Gender
  /** The status line. */
  readonly selfSignature: string
  /** `'YYYY-MM-DD'` or `''`. */
  readonly birthday: string
  readonly location: string
  readonly allowType: AllowType
  /** Receive messages or not. `'receive'` when unset (the backend's default). */
  readonly messageSettings: MessageSettings
  /** `'sendOut'` when this user may not send friend requests; `'none'` (the default) when they may. */
  readonly adminForbidType: AdminForbidType
  readonly email: string
  readonly phone: string
  readonly language: number
  readonly level: number
  readonly role: number
  /** Custom fields by key without vendor prefix. A frozen plain object whose own keys are the fields: `__proto__` is just a key (check with `Object.hasOwn`). */
  readonly customFields: Readonly<Record<string, string>>
  /** Version stamp, comparable between answers of the same adapter; `0` = unknown. */
  readonly updatedAt: number
}

/** The fields of a {@link Profile} that a patch may set, besides `customFields`. */
export type StandardField = Exclude<keyof Profile, 'userID' | 'updatedAt' | 'customFields'>

/**
 * A change to my profile. `customFields` values of `null` (or `''`) remove the field.
 *
 * @example
 * ```ts
 * const patch: ProfilePatch = { nick: 'Ada', customFields: { team: 'core', pronouns: null } }
 * ```
 */
export type ProfilePatch = {
  -readonly [K in StandardField]?: Profile[K]
} & {
  customFields?: Record<string, string | null>
}

/** A change pushed by the backend: any subset of a profile, always with its `userID`. */
export type ProfileChange = Partial<Omit<Profile, 'customFields'>> & {
  userID: string
  customFields?: Record<string, string | null>
}

/** The nine fields `ProfileEditor` labels, allowed when an adapter declares no `schema.fields`. */
export const EDITABLE_FIELDS = [
  'nick',
  'avatar',
  'gender',
  'selfSignature',
  'birthday',
  'location',
  'email',
  'phone',
  'allowType',
] as const satisfies readonly StandardField[]

/**
 * Every field `ProfileEditor` has a control for, in its order: the nine labelled ones, then the
 * fields only some backends store (shown only where `schema.fields` lists them).
 */
export const EDITOR_FIELDS = [
  ...EDITABLE_FIELDS,
  'messageSettings',
  'adminForbidType',
] as const satisfies readonly StandardField[]

/**
 * Every standard field, in the order the editor shows them: the editor's fields, then the ones the
 * backend manages.
 */
export const STANDARD_FIELDS = [
  ...EDITOR_FIELDS,
  'language',
  'level',
  'role',
] as const satisfies readonly StandardField[]

export const GENDERS = ['unknown', 'female', 'male'] as const satisfies readonly Gender[]
export const ALLOW_TYPES = ['allowAny', 'needConfirm', 'denyAny'] as const satisfies readonly AllowType[]
export const MESSAGE_SETTINGS = ['receive', 'doNotReceive'] as const satisfies readonly MessageSettings[]
export const ADMIN_FORBID_TYPES = ['none', 'sendOut'] as const satisfies readonly AdminForbidType[]
