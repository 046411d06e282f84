import type { ChatSDK, Profile as TencentSdkProfile } from '@tencentcloud/chat'

/**
 * The parts of a `@tencentcloud/chat` instance the adapter uses. A real `TencentCloudChat.create(...)`
 * instance satisfies it; so does a test double.
 *
 * @example
 * ```ts
 * const chat: TencentChat = TencentCloudChat.create({ SDKAppID })
 * ```
 */
export type TencentChat = Pick<ChatSDK, 'getMyProfile' | 'getUserProfile' | 'updateMyProfile' | 'on' | 'off'>

/**
 * A profile as the SDK hands it out. The SDK's .d.ts calls the cache stamp `lastUpdatedNumber`;
 * at run time the field is `lastUpdatedTime`.
 *
 * @example
 * ```ts
 * const { data } = (await chat.getMyProfile()) as { data: TencentProfile }
 * ```
 */
export type TencentProfile = Omit<TencentSdkProfile, 'lastUpdatedNumber' | 'profileCustomField'> & {
  lastUpdatedTime: number
  profileCustomField: TencentCustomField[]
}

/**
 * One entry of `profileCustomField`: the key carries the `Tag_Profile_Custom_` prefix.
 *
 * @example
 * ```ts
 * const field: TencentCustomField = { key: 'Tag_Profile_Custom_team', value: 'core' }
 * ```
 */
export interface TencentCustomField {
  key: string
  value: string | number
}

/**
 * What `chat.updateMyProfile` accepts, straight from the SDK's declarations.
 *
 * @example
 * ```ts
 * const options: TencentProfileUpdate = { nick: 'Ada' }
 * ```
 */
export type TencentProfileUpdate = Parameters<ChatSDK['updateMyProfile']>[0]
