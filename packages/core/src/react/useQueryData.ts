import { QueryObserver, type QueryClient } from '@tanstack/react-query'
import { useCallback, useMemo, useSyncExternalStore } from 'react'
import type { ProfileQueryOptions } from '../client/createProfileClient'

const NO_SUBSCRIPTION = () => () => {}

/**
 * The data of one of the engine's entries, or `undefined` without `options` (no provider, or
 * nothing to load). Re-renders only when the data itself changes, not on fetch-state changes, so
 * a list row that shows a name re-renders only when that name's entry changes.
 *
 * @internal
 */
export function useQueryData<T>(
  queryClient: QueryClient | undefined,
  options: ProfileQueryOptions<T> | undefined,
): T | undefined {
  const hash = options ? JSON.stringify(options.queryKey) : ''
  const observer = useMemo(
    () => (queryClient && options ? new QueryObserver(queryClient, options) : undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `hash` stands for the options' key
    [queryClient, hash],
  )
  const subscribe = useCallback(
    (listener: () => void) => (observer ? observer.subscribe(listener) : NO_SUBSCRIPTION()),
    [observer],
  )
  const read = () => observer?.getCurrentResult().data as T | undefined
  return useSyncExternalStore(subscribe, read, read)
}
