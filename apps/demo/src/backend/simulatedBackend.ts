import type { ProfileAdapter, ProfilePatch } from '@profile-kit/core'
import type { BackendKind } from './backendKind'

/** A backend the demo runs on, before the demo's instrumentation. */
export interface SimulatedBackend {
  kind: BackendKind
  /** The adapter the kit talks to. */
  adapter: ProfileAdapter
  /** The nickname the backend holds for a user (for the "changed on another device" notice). */
  storedNick(userID: string): string | undefined
  /** Another device changes `userID`'s profile; the adapter reports it the way its SDK would. */
  simulateRemoteChange(userID: string, patch: ProfilePatch): void | Promise<void>
  /** My friends on this backend: they have remarks, which I can set. */
  friendIDs?: readonly string[]
  /** Another device of mine sets my remark for a friend; absent on backends that cannot simulate it. */
  simulateRemoteRemark?(userID: string, remark: string): void | Promise<void>
}
