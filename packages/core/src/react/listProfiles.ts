import type { Profile } from '../model/profile'

/** The profile fields of a list result, built from one answer per ID. */
export interface ListProfiles {
  /** Found profiles, in input order. */
  readonly data: Profile[]
  /** IDs whose answer is `null` (unknown users), in input order. */
  readonly notFound: string[]
  /** Found profiles by ID, built on first read: a dictionary of 50,000 keys costs far more than a list. */
  byID(): Readonly<Record<string, Profile>>
}

/**
 * Lists the found and unknown users of `ids` from `answers` (same positions; `undefined`: no answer
 * yet). One pass over references; `answers` must not change afterwards (callers copy on write).
 *
 * @example
 * ```ts
 * listProfiles(['alice', 'ghost'], [alice, null]).notFound // ['ghost']
 * ```
 */
export function listProfiles(
  ids: readonly string[],
  answers: ReadonlyArray<Profile | null | undefined>,
): ListProfiles {
  const data: Profile[] = []
  const notFound: string[] = []
  answers.forEach((answer, index) => {
    if (answer) data.push(answer)
    else if (answer === null) notFound.push(ids[index]!)
  })
  let byID: Record<string, Profile> | undefined
  return {
    data,
    notFound,
    byID: () => (byID ??= byIDOf(ids, answers)),
  }
}

function byIDOf(ids: readonly string[], answers: ReadonlyArray<Profile | null | undefined>) {
  const byID: Record<string, Profile> = Object.create(null)
  answers.forEach((answer, index) => {
    if (answer) byID[ids[index]!] = answer
  })
  return byID
}
