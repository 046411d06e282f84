import type {
  V2NIMUser,
  V2NIMUserListener,
  V2NIMUserService,
  V2NIMUserUpdateParams,
} from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/V2NIMUserService'
import type { V2NIMStorageService } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/V2NIMStorageService'
import type {
  V2NIMLoginListener,
  V2NIMLoginService,
} from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/V2NIMLoginService'

export type { V2NIMUser, V2NIMUserUpdateParams, V2NIMUserListener, V2NIMLoginListener }

/**
 * The parts of a `nim-web-sdk-ng` V2 instance the adapter uses. A real
 * `NIM.getInstance({ appkey, apiVersion: 'v2' })` satisfies it; so does a test double.
 *
 * @example
 * ```ts
 * const nim: NimInstance = NIM.getInstance({ appkey, apiVersion: 'v2' })
 * ```
 */
export interface NimInstance {
  V2NIMUserService: Pick<
    V2NIMUserService,
    'getUserList' | 'getUserListFromCloud' | 'updateSelfUserProfile' | 'on' | 'off'
  >
  V2NIMLoginService: Pick<V2NIMLoginService, 'getLoginUser' | 'on' | 'off'>
  /** Uploads profile photos when present (`uploadAvatar`). */
  V2NIMStorageService?: NimStorageService
}

/** The parts of `V2NIMStorageService` the adapter uploads profile photos with. */
export type NimStorageService = Pick<
  V2NIMStorageService,
  'createUploadFileTask' | 'uploadFile' | 'cancelUploadFile'
>
