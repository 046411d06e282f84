import { expect } from 'vitest'
import type { RemarkChange, RemarkSource } from '@profile-kit/core/vanilla'

/** Resolves with the first batch of remark changes `remarks` reports. */
export function nextRemarkChanges(remarks: RemarkSource): Promise<RemarkChange[]> {
  return new Promise((resolve) => {
    const stop = remarks.subscribe!((changes) => {
      stop()
      resolve(changes)
    })
  })
}

/**
 * Checks what a remark source reports for another device's changes, made through its fake server: `ada` renamed "Lady Lovelace",
 * then `grace` deleted (reported as `null`, and gone from later answers).
 */
export async function expectRemoteFriendChanges(
  remarks: RemarkSource,
  server: {
    setAliasElsewhere(account: string, alias: string): unknown
    removeFriendElsewhere(account: string): unknown
  },
): Promise<void> {
  const renamed = nextRemarkChanges(remarks)
  await server.setAliasElsewhere('ada', 'Lady Lovelace')
  expect(await renamed).toEqual([{ userID: 'ada', remark: 'Lady Lovelace' }])
  const removed = nextRemarkChanges(remarks)
  await server.removeFriendElsewhere('grace')
  expect(await removed).toEqual([{ userID: 'grace', remark: null }])
  expect(await remarks.getRemarks(['grace'])).toEqual([])
}

/** Checks that setting a remark for `linus`, who is not a friend, fails as `permission_denied`. */
export async function expectStrangerRefused(remarks: RemarkSource): Promise<void> {
  await expect(remarks.setRemark!('linus', 'Penguin')).rejects.toMatchObject({
    name: 'ProfileError',
    code: 'permission_denied',
  })
}
