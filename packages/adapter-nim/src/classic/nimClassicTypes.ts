import type { NIM } from '@yxim/nim-web-sdk'
import type { NIMGetInstanceOptions } from '@yxim/nim-web-sdk/dist/types/nim/types'

export type { NIMUserNameCard, NIMUserGender } from '@yxim/nim-web-sdk/dist/types/nim/UserInterface'
export type { NIMGetInstanceOptions }

/**
 * What the adapter uses of a classic `@yxim/nim-web-sdk` instance (`NIM.getInstance(...)`), typed
 * from the SDK's own declarations so a change of its API breaks the build.
 */
export type NimClassicInstance = Pick<NIM, 'getUser' | 'getUsers' | 'updateMyInfo'> &
  Partial<Pick<NIM, 'previewFile'>>

/** The `NIM.getInstance` callbacks the kit listens to. */
export type NimClassicCallbackName =
  | 'onmyinfo'
  | 'onupdatemyinfo'
  | 'onusers'
  | 'onupdateuser'
  | 'onconnect'
  | 'onwillreconnect'
  | 'ondisconnect'
  | 'onsyncdone'
  | 'onpushevents'
  | 'onfriends'
  | 'onsyncfriendaction'

/** Those callbacks as `NIM.getInstance` declares them. */
export type NimClassicCallbacks = Required<Pick<NIMGetInstanceOptions, NimClassicCallbackName>>

/** `updateMyInfo` options without `done`. */
export type NimClassicUpdateParams = Omit<Parameters<NIM['updateMyInfo']>[0], 'done'>
