import type { V2NIMUserUpdateParams } from '../nimTypes'

/** NetEase's server limits on profile fields (characters; avatar in bytes). The SDK checks types only. */
export const NIM_SERVER_LIMITS: Partial<Record<keyof V2NIMUserUpdateParams, number>> = {
  name: 64,
  sign: 256,
  email: 64,
  birthday: 16,
  mobile: 32,
  serverExtension: 1024,
}
