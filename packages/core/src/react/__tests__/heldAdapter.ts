import type { ProfileAdapter } from '../../adapter/ProfileAdapter'
import type { MemoryAdapter } from '../../memory/createMemoryAdapter'

/**
 * Delegates to a memory backend, but holds each `getUserProfiles` answer (read when the call was
 * made) until `release()`: a slow response racing with newer writes.
 */
export function heldAdapter(memory: MemoryAdapter) {
  const held: Array<() => void> = []
  const adapter: ProfileAdapter = {
    schema: memory.schema,
    getMyProfile: () => memory.getMyProfile(),
    updateMyProfile: (patch) => memory.updateMyProfile(patch),
    subscribe: (onChange, onReset) => memory.subscribe!(onChange, onReset),
    async getUserProfiles(userIDs) {
      const answer = await memory.getUserProfiles(userIDs)
      await new Promise<void>((resolve) => held.push(resolve))
      return answer
    },
  }
  return {
    adapter,
    /** Lets every held answer through. */
    release: () => held.splice(0).forEach((resolve) => resolve()),
    get waiting() {
      return held.length
    },
  }
}
