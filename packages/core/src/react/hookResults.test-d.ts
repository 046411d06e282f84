import { describe, expectTypeOf, it } from 'vitest'
import type {
  MyProfileResult,
  Profile,
  ProfileClient,
  ProfileError,
  ProfilePatch,
  UserProfileResult,
  UserProfilesResult,
  useUpdateProfile,
} from '@profile-kit/core'
import { useMyProfile, useProfileClient, useUserProfile, useUserProfiles } from '@profile-kit/core'

// What apps write against the hooks' results, checked by the compiler through the public entry.
describe('hook result types', () => {
  it('useMyProfile: my profile once loaded, a ProfileError or null, a refetch that resolves', () => {
    expectTypeOf(useMyProfile).returns.toEqualTypeOf<MyProfileResult>()
    expectTypeOf<MyProfileResult['data']>().toEqualTypeOf<Profile | undefined>()
    expectTypeOf<MyProfileResult['error']>().toEqualTypeOf<ProfileError | null>()
    expectTypeOf<MyProfileResult['status']>().toEqualTypeOf<'pending' | 'error' | 'success'>()
    expectTypeOf<MyProfileResult['refetch']>().returns.resolves.toBeVoid()
  })

  it('useUserProfiles: found profiles as a list and by ID, unknown IDs apart', () => {
    expectTypeOf(useUserProfiles).parameter(0).toEqualTypeOf<readonly string[]>()
    expectTypeOf(useUserProfiles).returns.toEqualTypeOf<UserProfilesResult>()
    expectTypeOf<UserProfilesResult['data']>().toEqualTypeOf<Profile[]>()
    expectTypeOf<UserProfilesResult['byID']>().toEqualTypeOf<Readonly<Record<string, Profile>>>()
    expectTypeOf<UserProfilesResult['notFound']>().toEqualTypeOf<string[]>()
    expectTypeOf<UserProfilesResult['error']>().toEqualTypeOf<ProfileError | null>()
    expectTypeOf<UserProfilesResult['isFetching']>().toBeBoolean()
  })

  it('useUserProfile: one profile or undefined, notFound as a flag', () => {
    expectTypeOf(useUserProfile).parameter(0).toBeString()
    expectTypeOf(useUserProfile).returns.toEqualTypeOf<UserProfileResult>()
    expectTypeOf<UserProfileResult['data']>().toEqualTypeOf<Profile | undefined>()
    expectTypeOf<UserProfileResult['notFound']>().toBeBoolean()
    expectTypeOf<UserProfileResult['error']>().toEqualTypeOf<ProfileError | null>()
    expectTypeOf<UserProfileResult>().not.toHaveProperty('byID')
  })

  it('useUpdateProfile: mutate takes a ProfilePatch, data is the saved Profile, errors are ProfileErrors', () => {
    type Update = ReturnType<typeof useUpdateProfile>
    expectTypeOf<Update['mutate']>().parameter(0).toEqualTypeOf<ProfilePatch>()
    expectTypeOf<Update['mutateAsync']>().returns.resolves.toEqualTypeOf<Profile>()
    expectTypeOf<Update['data']>().toEqualTypeOf<Profile | undefined>()
    expectTypeOf<Update['error']>().toEqualTypeOf<ProfileError | null>()
    // The engine's bookkeeping is no part of the mutation: no context type leaks out.
    expectTypeOf<Update['context']>().toBeUnknown()
  })
})

describe('ProfileClient', () => {
  it('is what useProfileClient returns, and updates my profile with a ProfilePatch', () => {
    expectTypeOf(useProfileClient).returns.toEqualTypeOf<ProfileClient>()
    expectTypeOf<ProfileClient['updateMyProfile']>().parameter(0).toEqualTypeOf<ProfilePatch>()
    expectTypeOf<ProfileClient['updateMyProfile']>().returns.resolves.toEqualTypeOf<Profile>()
    expectTypeOf<ProfileClient['myProfile']>().returns.resolves.toEqualTypeOf<Profile>()
    expectTypeOf<ProfileClient['sessionKey']>().toEqualTypeOf<readonly unknown[]>()
  })

  it('gives query options whose data is a profile or null for a user, my ID for me', () => {
    expectTypeOf<
      ReturnType<ProfileClient['userQuery']>['queryFn']
    >().returns.resolves.toEqualTypeOf<Profile | null>()
    expectTypeOf<ReturnType<ProfileClient['meQuery']>['queryFn']>().returns.resolves.toBeString()
    expectTypeOf<ReturnType<ProfileClient['remarkQuery']>['queryFn']>().returns.resolves.toEqualTypeOf<
      string | null
    >()
  })

  it('declares only the members it documents', () => {
    expectTypeOf<keyof ProfileClient>().toEqualTypeOf<
      | 'scope'
      | 'sessionKey'
      | 'schema'
      | 'adapter'
      | 'queryClient'
      | 'options'
      | 'userQuery'
      | 'meQuery'
      | 'myProfile'
      | 'updateMyProfile'
      | 'remarkRules'
      | 'remarkQuery'
      | 'setRemark'
      | 'connect'
      | 'reset'
      | 'onReset'
    >()
  })
})
