import type TencentCloudChat from '@tencentcloud/chat'
import type { AdminForbidType, AllowType, Gender, MessageSettings } from '@profile-kit/core/vanilla'

// The SDK's enums are runtime values; importing them would load the SDK. These literals are checked
// against the enum declarations instead, so a renamed constant breaks the build.

/** Kit gender -> `TencentCloudChat.TYPES.GENDER_*`. */
export const TENCENT_GENDER = {
  unknown: 'Gender_Type_Unknown',
  female: 'Gender_Type_Female',
  male: 'Gender_Type_Male',
} as const satisfies {
  unknown: `${TencentCloudChat.TYPES.GENDER_UNKNOWN}`
  female: `${TencentCloudChat.TYPES.GENDER_FEMALE}`
  male: `${TencentCloudChat.TYPES.GENDER_MALE}`
} satisfies Record<Gender, string>

/** Kit allowType -> `TencentCloudChat.TYPES.ALLOW_TYPE_*`. */
export const TENCENT_ALLOW_TYPE = {
  allowAny: 'AllowType_Type_AllowAny',
  needConfirm: 'AllowType_Type_NeedConfirm',
  denyAny: 'AllowType_Type_DenyAny',
} as const satisfies {
  allowAny: `${TencentCloudChat.TYPES.ALLOW_TYPE_ALLOW_ANY}`
  needConfirm: `${TencentCloudChat.TYPES.ALLOW_TYPE_NEED_CONFIRM}`
  denyAny: `${TencentCloudChat.TYPES.ALLOW_TYPE_DENY_ANY}`
} satisfies Record<AllowType, string>

/** Kit adminForbidType -> `TencentCloudChat.TYPES.FORBID_TYPE_*`. */
export const TENCENT_ADMIN_FORBID_TYPE = {
  none: 'AdminForbid_Type_None',
  sendOut: 'AdminForbid_Type_SendOut',
} as const satisfies {
  none: `${TencentCloudChat.TYPES.FORBID_TYPE_NONE}`
  sendOut: `${TencentCloudChat.TYPES.FORBID_TYPE_SEND_OUT}`
} satisfies Record<AdminForbidType, string>

/**
 * Kit messageSettings -> Tencent's `messageSettings` number. Tencent reads it as flags (bit 0 set:
 * do not receive); its `updateMyProfile` accepts only 0 and 1.
 */
export const TENCENT_MESSAGE_SETTINGS = {
  receive: 0,
  doNotReceive: 1,
} as const satisfies Record<MessageSettings, number>

/** The `TencentCloudChat.EVENT` names the adapter listens to. */
export const TENCENT_EVENT = {
  SDK_READY: 'sdkStateReady',
  SDK_NOT_READY: 'sdkStateNotReady',
  KICKED_OUT: 'kickedOut',
  PROFILE_UPDATED: 'onProfileUpdated',
} as const satisfies {
  SDK_READY: `${TencentCloudChat.EVENT.SDK_READY}`
  SDK_NOT_READY: `${TencentCloudChat.EVENT.SDK_NOT_READY}`
  KICKED_OUT: `${TencentCloudChat.EVENT.KICKED_OUT}`
  PROFILE_UPDATED: `${TencentCloudChat.EVENT.PROFILE_UPDATED}`
}

/** Tencent stores custom profile fields under this tag prefix; the kit's keys go without it. */
export const CUSTOM_FIELD_PREFIX = 'Tag_Profile_Custom_'

/** Characters Tencent allows in a custom field key. */
export const CUSTOM_KEY_PATTERN = /^[A-Za-z0-9_]+$/
