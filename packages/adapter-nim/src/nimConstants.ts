import type { Gender } from '@profile-kit/core/vanilla'
import type { V2NIMLoginStatus } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/V2NIMLoginService'

/** Kit gender -> V2NIMUser `gender` (NetEase: 0 unknown, 1 male, 2 female). */
export const NIM_GENDER: Readonly<Record<Gender, number>> = { unknown: 0, male: 1, female: 2 }

// V2NIMLoginStatus is an ambient const enum, unusable under isolatedModules: the literals are
// checked against its members instead, so a renumbering breaks the build.
/** `V2NIMLoginStatus.V2NIM_LOGIN_STATUS_LOGOUT` */
export const LOGIN_STATUS_LOGOUT: V2NIMLoginStatus.V2NIM_LOGIN_STATUS_LOGOUT = 0
/** `V2NIMLoginStatus.V2NIM_LOGIN_STATUS_LOGINED` */
export const LOGIN_STATUS_LOGINED: V2NIMLoginStatus.V2NIM_LOGIN_STATUS_LOGINED = 1
/** `V2NIMLoginStatus.V2NIM_LOGIN_STATUS_LOGINING` */
export const LOGIN_STATUS_LOGINING: V2NIMLoginStatus.V2NIM_LOGIN_STATUS_LOGINING = 2
/** `V2NIMLoginStatus.V2NIM_LOGIN_STATUS_UNLOGIN` */
export const LOGIN_STATUS_UNLOGIN: V2NIMLoginStatus.V2NIM_LOGIN_STATUS_UNLOGIN = 3

/** NetEase's "not logged in" client error code. */
export const NIM_NOT_LOGGED_IN = 190002

/** Most characters NetEase stores in `serverExtension`. */
export const NIM_EXTENSION_MAX_LENGTH = 1024
