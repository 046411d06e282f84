import type { Profile, ProfileChange } from '@profile-kit/core'

/**
 * How a hand-written baseline applies a change event: spread it over the cached profile. The
 * memory adapter's events carry whole profiles, so custom fields never hold `null` here.
 */
export function mergeChange(profile: Profile, change: ProfileChange): Profile {
  return { ...profile, ...change } as Profile
}
