import type { QueryClient } from '@tanstack/query-core'
import type { ProfileAdapter } from '../adapter/ProfileAdapter'
import { ProfileError } from '../errors/ProfileError'

// The adapters of the connected providers, per QueryClient and scope (one entry per connection).
// An emptied list stays for the next claim: a QueryClient has few scopes.
const claims = new WeakMap<QueryClient, Map<string, ProfileAdapter[]>>()

/**
 * Registers a connected provider's scope on its QueryClient. Two providers with different adapters
 * on one QueryClient and one scope would read each other's profiles: that fails loudly instead.
 * Returns the release function.
 *
 * @example
 * ```ts
 * const release = claimScope(queryClient, 'default', adapter) // throws if another adapter holds it
 * release()
 * ```
 */
export function claimScope(queryClient: QueryClient, scope: string, adapter: ProfileAdapter): () => void {
  let scopes = claims.get(queryClient)
  if (!scopes) claims.set(queryClient, (scopes = new Map()))
  const holders = scopes.get(scope) ?? []
  if (holders.some((holder) => holder !== adapter)) {
    throw new ProfileError(
      'invalid_argument',
      `ProfileProviders with different adapters share scope "${scope}" on one QueryClient: give each its own scope.`,
      { field: 'scope' },
    )
  }
  holders.push(adapter)
  scopes.set(scope, holders)
  // Every holder is this same adapter, so which one leaves does not matter.
  return () => void holders.pop()
}
