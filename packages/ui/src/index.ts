export type { Profile } from '@profile-kit/core'
