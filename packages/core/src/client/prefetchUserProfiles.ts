import type { QueryClient } from '@tanstack/query-core'
import type { ProfileAdapter } from '../adapter/ProfileAdapter'
import { checkUserIDs } from './checkUserIDs'
import { createProfileClient, type ProfileClientOptions } from './createProfileClient'

/**
 * Loads profiles into a QueryClient ahead of rendering (servers, route loaders), batched like the
 * hooks. Pair with TanStack's `dehydrate`/`HydrationBoundary`; use the same `scope` as the
 * provider. Bad IDs are skipped; failures are left in the cache for the hooks to show.
 *
 * @example
 * ```ts
 * const queryClient = new QueryClient()
 * await prefetchUserProfiles(queryClient, adapter, ['alice', 'bob'])
 * const state = dehydrate(queryClient) // send to the browser, then <HydrationBoundary state={state}>
 * ```
 */
export async function prefetchUserProfiles(
  queryClient: QueryClient,
  adapter: ProfileAdapter,
  userIDs: readonly string[],
  options?: ProfileClientOptions,
): Promise<void> {
  const client = createProfileClient(adapter, queryClient, options)
  const { valid } = checkUserIDs({ userIDs }, 'prefetchUserProfiles')
  await Promise.all(valid.map((userID) => queryClient.prefetchQuery(client.userQuery(userID))))
}

/**
 * Loads the signed-in user's profile into a QueryClient ahead of rendering.
 *
 * @example
 * ```ts
 * await prefetchMyProfile(queryClient, adapter)
 * ```
 */
export async function prefetchMyProfile(
  queryClient: QueryClient,
  adapter: ProfileAdapter,
  options?: ProfileClientOptions,
): Promise<void> {
  await queryClient.prefetchQuery(createProfileClient(adapter, queryClient, options).meQuery())
}
