import type { SeedProfile } from '@profile-kit/core'

const REMARKS = ['Team lead', 'Design buddy']

/**
 * The remarks I already gave two people, by user ID: not the first four people, whom I have direct
 * conversations with, so the sidebar shows their nicknames.
 *
 * @example
 * ```ts
 * demoRemarks(createPeople()) // { 'sam.lee': 'Team lead', ... }
 * ```
 */
export function demoRemarks(people: readonly SeedProfile[]): Record<string, string> {
  return Object.fromEntries(
    REMARKS.flatMap((remark, index) => {
      const person = people[4 + 2 * index]
      return person ? [[person.userID, remark]] : []
    }),
  )
}
