/**
 * A double of `@tencentcloud/chat`, for tests and demos that run without Tencent's servers.
 */
export { createTencentChatDouble } from './testing/createTencentChatDouble'
export type {
  TencentChatDouble,
  TencentChatDoubleOptions,
  TencentProfileSeed,
} from './testing/createTencentChatDouble'
export type { TencentStatusDouble, TencentUserStatusType } from './testing/createTencentStatusDouble'
