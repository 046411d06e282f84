import { QueryObserver } from '@tanstack/react-query'
import type { CheckedUserIDs } from '../client/checkUserIDs'
import type { ProfileClient } from '../client/createProfileClient'
import { readProfile } from '../client/readProfile'
import { toProfileError, type ProfileError } from '../errors/ProfileError'
import type { Profile } from '../model/profile'
import { listProfiles, type ListProfiles } from './listProfiles'

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

type EntryState = ReturnType<Entry['getCurrentQuery']>['state']

/**
 * One store for a whole list of users: a query observer per unique ID keeps each entry alive and
 * fetching (the loader merges their requests). Work is per changed entry, not per list: an entry's
 * report marks it, and the next snapshot reads only the marked entries, keeping counts of waiting
 * and fetching entries. The snapshot is new only when something it shows changed, and keeps the
 * previous `data`/`notFound`/`byID` when no answer changed. What remains per snapshot is one pass
 * over references to list `data` in input order. Unlike `useQueries`, whose tracking is quadratic.
 */
export class UserListObserver {
  readonly #ids: string[]
  readonly #observers: Entry[]
  readonly #inputError: ProfileError | null
  readonly #listeners = new Set<() => void>()
  #unsubscribes: Array<() => void> = []
  #scheduled = false

  // Per entry, what the current counts and answers were taken from.
  readonly #seen: Array<EntryState | undefined>
  readonly #waiting: Uint8Array
  readonly #fetching: Uint8Array
  #answers: Array<Profile | null | undefined>
  #answersShared = false
  readonly #errors = new Map<number, Error>()
  #waitingCount = 0
  #fetchingCount = 0
  // Entries reported since the last snapshot.
  readonly #marked: Uint8Array
  #markedIndexes: number[] = []

  #profiles: ListProfiles | undefined
  #snapshot: UserProfilesResult | undefined

  /** Observes the `valid` IDs; the input `error` (from `checkUserIDs`) stays in every snapshot. */
  constructor(client: ProfileClient, { valid, error }: CheckedUserIDs) {
    this.#inputError = error
    this.#ids = valid
    this.#observers = valid.map((id) => new QueryObserver(client.queryClient, client.userQuery(id)))
    this.#seen = new Array<EntryState | undefined>(valid.length)
    this.#answers = new Array<Profile | null | undefined>(valid.length).fill(undefined)
    this.#waiting = new Uint8Array(valid.length)
    this.#fetching = new Uint8Array(valid.length)
    this.#marked = new Uint8Array(valid.length)
    this.#markAll()
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener)
    if (this.#listeners.size === 1) {
      // Entries may have changed unobserved (before the first subscription or between two).
      this.#markAll()
      this.#unsubscribes = this.#observers.map((observer, index) =>
        observer.subscribe(() => this.#changed(index)),
      )
    }
    return () => {
      this.#listeners.delete(listener)
      if (this.#listeners.size === 0) {
        this.#unsubscribes.forEach((unsubscribe) => unsubscribe())
        this.#unsubscribes = []
      }
    }
  }

  getSnapshot = (): UserProfilesResult => {
    const changed = this.#readMarked()
    if (changed || !this.#snapshot) this.#snapshot = this.#build()
    return this.#snapshot
  }

  // Entries report one by one; React compares snapshots on every report. One report per microtask
  // keeps a batch of N answers at one snapshot instead of N.
  #changed = (index: number) => {
    this.#mark(index)
    if (this.#scheduled) return
    this.#scheduled = true
    queueMicrotask(() => {
      this.#scheduled = false
      this.#listeners.forEach((listener) => listener())
    })
  }

  #refetch = async (): Promise<void> => {
    await Promise.all(this.#observers.map((observer) => observer.refetch({ cancelRefetch: false })))
  }

  #mark(index: number) {
    if (this.#marked[index]) return
    this.#marked[index] = 1
    this.#markedIndexes.push(index)
  }

  #markAll() {
    for (let index = 0; index < this.#ids.length; index++) this.#mark(index)
  }

  /** Reads the marked entries; `true` when anything a snapshot shows changed. */
  #readMarked(): boolean {
    const marked = this.#markedIndexes
    this.#markedIndexes = []
    let changed = false
    for (const index of marked) {
      this.#marked[index] = 0
      if (this.#read(index)) changed = true
    }
    return changed
  }

  #read(index: number): boolean {
    const state = this.#observers[index]!.getCurrentQuery().state
    if (state === this.#seen[index]) return false
    this.#seen[index] = state
    const answer = readProfile(state.data)
    const error = answer === undefined ? state.error : null
    const waitingChanged = this.#setFlag(this.#waiting, index, answer === undefined && !error)
    const fetchingChanged = this.#setFlag(this.#fetching, index, state.fetchStatus === 'fetching')
    const errorChanged = this.#setError(index, error)
    if (answer === this.#answers[index]) return waitingChanged || fetchingChanged || errorChanged
    if (this.#answersShared) this.#answers = this.#answers.slice()
    this.#answersShared = false
    this.#answers[index] = answer
    this.#profiles = undefined
    return true
  }

  #setFlag(flags: Uint8Array, index: number, on: boolean): boolean {
    if (Boolean(flags[index]) === on) return false
    flags[index] = on ? 1 : 0
    const step = on ? 1 : -1
    if (flags === this.#waiting) this.#waitingCount += step
    else this.#fetchingCount += step
    return true
  }

  #setError(index: number, error: Error | null): boolean {
    if ((this.#errors.get(index) ?? null) === error) return false
    if (error) this.#errors.set(index, error)
    else this.#errors.delete(index)
    return true
  }

  /** The error of the first failed entry in input order (failures are few: a scan of them). */
  #firstError(): ProfileError | null {
    let first: number | undefined
    for (const index of this.#errors.keys()) if (first === undefined || index < first) first = index
    return first === undefined ? null : toProfileError(this.#errors.get(first))
  }

  #build(): UserProfilesResult {
    if (!this.#profiles) {
      this.#profiles = listProfiles(this.#ids, this.#answers)
      this.#answersShared = true
    }
    const profiles = this.#profiles
    const waiting = this.#waitingCount > 0
    const error = this.#inputError ?? this.#firstError()
    return {
      data: profiles.data,
      get byID() {
        return profiles.byID()
      },
      notFound: profiles.notFound,
      status: error ? 'error' : waiting ? 'pending' : 'success',
      isPending: waiting,
      isFetching: this.#fetchingCount > 0,
      isError: error !== null,
      error,
      refetch: this.#refetch,
    }
  }
}
