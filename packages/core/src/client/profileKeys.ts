/**
 * Query keys of the kit, scoped so two providers sharing one QueryClient cannot collide.
 * Use them with TanStack Query directly, e.g. to read or invalidate profiles outside React.
 *
 * @example
 * ```ts
 * queryClient.getQueryData(profileKeys.user('alice'))      // Profile | null | undefined
 * queryClient.getQueryData(profileKeys.remark('alice'))    // string | null | undefined
 * queryClient.invalidateQueries({ queryKey: profileKeys.all() })
 * ```
 */
export const profileKeys = {
  /** Every profile query of one scope. */
  all: (scope = DEFAULT_SCOPE) => ['profile-kit', scope] as const,
  /** Every user entry of one scope. */
  users: (scope = DEFAULT_SCOPE) => ['profile-kit', scope, 'user'] as const,
  /** One user's entry: a `Profile`, or `null` when the backend does not know the user. */
  user: (userID: string, scope = DEFAULT_SCOPE) => ['profile-kit', scope, 'user', userID] as const,
  /** Every remark entry of one scope. */
  remarks: (scope = DEFAULT_SCOPE) => ['profile-kit', scope, 'remark'] as const,
  /**
   * My remark for one user: a string (`''` for a friend without one), or `null` when the user is
   * not my friend (no remark possible).
   */
  remark: (userID: string, scope = DEFAULT_SCOPE) => ['profile-kit', scope, 'remark', userID] as const,
  /** The signed-in user's ID. The profile itself lives in that user's entry. */
  me: (scope = DEFAULT_SCOPE) => ['profile-kit', scope, 'me'] as const,
}

/** The scope of a provider that names none. */
export const DEFAULT_SCOPE = 'default'
