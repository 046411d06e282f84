import type { Profile } from '../model/profile'

/** What one component showed for one user in one commit. */
export interface UserView {
  userID: string
  profile: Profile | undefined
  notFound: boolean
  isError: boolean
}

/** Records what every mounted component shows, commit by commit, and checks it never goes back. */
export interface ViewMonitor {
  /** Called from a layout effect: what component `instance` shows now. */
  commit(instance: number, views: readonly UserView[], refetch: () => Promise<void>): void
  /** Called when component `instance` unmounts. */
  unmount(instance: number): void
  /** The latest views of every mounted component. */
  mounted(): Array<{ instance: number; views: readonly UserView[]; refetch: () => Promise<void> }>
  /** Every invariant broken so far, in words. */
  readonly violations: string[]
  /** How many (component, user) pairs showed a profile at least once. */
  readonly shownPairs: number
}

/**
 * A chaos test's eyes: it keeps the last `updatedAt` each component instance showed for each user
 * and reports a commit that shows an older one, or a version the backend never held.
 *
 * @example
 * ```ts
 * const monitor = createViewMonitor((profile) => adapter.hadVersion(profile))
 * ```
 */
export function createViewMonitor(existed: (profile: Profile) => boolean): ViewMonitor {
  const lastShown = new Map<string, number>()
  const latest = new Map<number, { views: readonly UserView[]; refetch: () => Promise<void> }>()
  const violations: string[] = []

  function check(instance: number, view: UserView) {
    const { profile, userID } = view
    if (!profile) return
    const pair = `component #${instance}, user ${userID}`
    const before = lastShown.get(pair)
    if (before !== undefined && profile.updatedAt < before) {
      violations.push(`${pair}: showed updatedAt ${before}, then went back to ${profile.updatedAt}`)
    }
    if (!existed(profile)) {
      violations.push(`${pair}: showed a version the backend never held: ${JSON.stringify(profile)}`)
    }
    lastShown.set(pair, Math.max(before ?? 0, profile.updatedAt))
  }

  return {
    commit(instance, views, refetch) {
      views.forEach((view) => check(instance, view))
      latest.set(instance, { views, refetch })
    },
    unmount: (instance) => void latest.delete(instance),
    mounted: () => [...latest].map(([instance, state]) => ({ instance, ...state })),
    violations,
    get shownPairs() {
      return lastShown.size
    },
  }
}
