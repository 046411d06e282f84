import { QueryObserver } from '@tanstack/react-query'
import type { CheckedUserIDs } from '../client/checkUserIDs'
import type { ProfileClient } from '../client/createProfileClient'
import { readProfile } from '../client/readProfile'
import { toProfileError, type ProfileError } from '../errors/ProfileError'
import type { Profile } from '../model/profile'

/** What `useUserProfiles` returns. */
export interface UserProfilesResult {
  /** Found profiles, in input order, each once. */
  data: Profile[]
  /** Found profiles by user ID (a null-prototype object: any ID is safe as a key). */
  byID: Readonly<Record<string, Profile>>
  /** IDs the backend does not know. They are cached as missing and are not errors. */
  notFound: string[]
  /** `'pending'` while any valid ID has no answer yet, `'error'` when input or a request failed. */
  status: 'pending' | 'success' | 'error'
  isPending: boolean
  /** `true` while any request for these IDs is in flight (also background refetches). */
  isFetching: boolean
  isError: boolean
  /** The first error: bad input (naming the value) or a failed request. Valid IDs still load. */
  error: ProfileError | null
  /** Refetches every ID of the list. */
  refetch: () => Promise<void>
}

type Entry = QueryObserver<
  Profile | null,
  Error,
  Profile | null,
  Profile | null,
  ReturnType<ProfileClient['userQuery']>['queryKey']
>

/**
 * One store for a whole list of users: a query observer per unique ID keeps each entry alive and
 * fetching (the loader merges their requests), and one snapshot is rebuilt only when an entry
 * changed. Linear in the list length, unlike `useQueries`, whose result tracking is quadratic.
 */
export class UserListObserver {
  readonly #entries: Array<[string, Entry]>
  readonly #inputError: ProfileError | null
  readonly #listeners = new Set<() => void>()
  #unsubscribes: Array<() => void> = []
  #snapshot: UserProfilesResult | undefined
  #scheduled = false

  /** Observes the `valid` IDs; the input `error` (from `checkUserIDs`) stays in every snapshot. */
  constructor(client: ProfileClient, { valid, error }: CheckedUserIDs) {
    this.#inputError = error
    this.#entries = valid.map((id): [string, Entry] => [
      id,
      new QueryObserver(client.queryClient, client.userQuery(id)),
    ])
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener)
    if (this.#listeners.size === 1) {
      this.#unsubscribes = this.#entries.map(([, observer]) => observer.subscribe(this.#changed))
    }
    return () => {
      this.#listeners.delete(listener)
      if (this.#listeners.size === 0) {
        this.#unsubscribes.forEach((unsubscribe) => unsubscribe())
        this.#unsubscribes = []
      }
    }
  }

  getSnapshot = (): UserProfilesResult => (this.#snapshot ??= this.#build())

  // Entries report one by one; React compares snapshots on every report. One report per microtask
  // keeps a batch of N answers at one O(N) rebuild instead of N.
  #changed = () => {
    this.#snapshot = undefined
    if (this.#scheduled) return
    this.#scheduled = true
    queueMicrotask(() => {
      this.#scheduled = false
      this.#listeners.forEach((listener) => listener())
    })
  }

  #refetch = async (): Promise<void> => {
    await Promise.all(this.#entries.map(([, observer]) => observer.refetch({ cancelRefetch: false })))
  }

  #build(): UserProfilesResult {
    const data: Profile[] = []
    const byID: Record<string, Profile> = Object.create(null)
    const notFound: string[] = []
    let waiting = false
    let isFetching = false
    let error = this.#inputError
    for (const [id, observer] of this.#entries) {
      const state = observer.getCurrentQuery().state
      const profile = readProfile(state.data)
      if (profile) {
        data.push(profile)
        byID[id] = profile
      } else if (profile === null) {
        notFound.push(id)
      } else if (state.error) {
        error ??= toProfileError(state.error)
      } else {
        waiting = true
      }
      if (state.fetchStatus === 'fetching') isFetching = true
    }
    const status = error ? 'error' : waiting ? 'pending' : 'success'
    return {
      data,
      byID,
      notFound,
      status,
      isPending: waiting,
      isFetching,
      isError: error !== null,
      error,
      refetch: this.#refetch,
    }
  }
}
