import type { QueryClient } from '@tanstack/query-core'
import { DEFAULT_SCOPE, profileKeys } from './profileKeys'

/** Which profiles {@link invalidateProfiles} marks stale. */
export interface InvalidateProfilesOptions {
  /** The provider's scope. Defaults to `'default'`. */
  scope?: string
  /** Only these users. Defaults to every profile of the scope, my profile included. */
  userIDs?: readonly string[]
}

/**
 * Marks profiles stale and refetches those on screen: after a login, logout or account switch the
 * adapter cannot signal, or when the app knows a profile changed. To drop profiles entirely (logout
 * on a shared device), use `queryClient.removeQueries({ queryKey: profileKeys.all() })`.
 *
 * @example
 * ```ts
 * await invalidateProfiles(queryClient)                         // everything
 * await invalidateProfiles(queryClient, { userIDs: ['alice'] }) // one user
 * ```
 */
export async function invalidateProfiles(
  queryClient: QueryClient,
  options: InvalidateProfilesOptions = {},
): Promise<void> {
  const scope = options.scope ?? DEFAULT_SCOPE
  const only = options.userIDs && new Set<unknown>(options.userIDs)
  await queryClient.invalidateQueries({
    queryKey: only ? profileKeys.users(scope) : profileKeys.all(scope),
    predicate: (query) => !only || only.has(query.queryKey[3]),
  })
}
