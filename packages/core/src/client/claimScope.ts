import type { QueryClient } from '@tanstack/react-query'
import type { ProfileAdapter } from '../adapter/ProfileAdapter'
import { ProfileError } from '../errors/ProfileError'

const claims = new WeakMap<QueryClient, Map<string, { adapter: ProfileAdapter; count: number }>>()

/**
 * Registers a connected provider's scope on its QueryClient. Two providers with different adapters
 * on one QueryClient and one scope would read each other's profiles: that fails loudly instead.
 * Returns the release function.
 */
export function claimScope(queryClient: QueryClient, scope: string, adapter: ProfileAdapter): () => void {
  let scopes = claims.get(queryClient)
  if (!scopes) claims.set(queryClient, (scopes = new Map()))
  const claim = scopes.get(scope)
  if (claim && claim.adapter !== adapter) {
    throw new ProfileError(
      'invalid_argument',
      `Two ProfileProviders with different adapters share one QueryClient under scope "${scope}". ` +
        'Give each provider its own `scope` prop so their profiles stay apart.',
      { field: 'scope' },
    )
  }
  const entry = claim ?? { adapter, count: 0 }
  entry.count++
  scopes.set(scope, entry)
  return () => {
    if (--entry.count === 0) scopes.delete(scope)
  }
}
