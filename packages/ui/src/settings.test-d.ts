import { describe, expectTypeOf, it } from 'vitest'
import type { ProfileProviderProps } from '@profile-kit/core'
import { useProfileComponentSettings } from '@profile-kit/core'
import { zhCN, type DraftStorage } from '@profile-kit/ui'

// The UI's settings ride on the core's provider: typed there once `@profile-kit/ui` is imported.
describe('UI settings on ProfileProvider', () => {
  it('takes messages and draft storage as optional props', () => {
    expectTypeOf<ProfileProviderProps['messages']>().toEqualTypeOf<
      Readonly<Record<string, string>> | undefined
    >()
    expectTypeOf<ProfileProviderProps['draftStorage']>().toEqualTypeOf<DraftStorage | undefined>()
    expectTypeOf(zhCN).toExtend<NonNullable<ProfileProviderProps['messages']>>()
    expectTypeOf(sessionStorage).toExtend<DraftStorage>()
  })

  it('hands them to components as given', () => {
    expectTypeOf(useProfileComponentSettings).returns.toHaveProperty('messages')
    expectTypeOf(useProfileComponentSettings).returns.toHaveProperty('draftStorage')
  })
})
