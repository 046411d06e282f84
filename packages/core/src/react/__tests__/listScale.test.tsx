import { act, renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { ProfileAdapter } from '../../adapter/ProfileAdapter'
import { readProfile } from '../../client/readProfile'
import { useUserProfiles } from '../useUserProfiles'
import { setup, userID, users } from './setup'

// Every entry a list snapshot reads goes through `readProfile`: its calls count the per-entry work.
vi.mock('../../client/readProfile', async (importOriginal) => {
  const actual = await importOriginal<{ readProfile: typeof readProfile }>()
  return { readProfile: vi.fn(actual.readProfile) }
})

const COUNT = 2_000
const BATCHES = COUNT / 100

/** A memory backend whose batch answers the test lets through one at a time. */
function oneAnswerAtATime() {
  const { memory } = setup({ memory: { profiles: users(COUNT) } })
  const held: Array<() => void> = []
  const adapter: ProfileAdapter = {
    schema: memory.schema,
    getMyProfile: () => memory.getMyProfile(),
    updateMyProfile: (patch) => memory.updateMyProfile(patch),
    async getUserProfiles(userIDs) {
      await new Promise<void>((resolve) => held.push(resolve))
      return memory.getUserProfiles(userIDs)
    },
  }
  return { adapter, held }
}

describe('a long list, answered batch by batch', () => {
  it('reads each entry a bounded number of times, not once per batch answer', async () => {
    const { adapter, held } = oneAnswerAtATime()
    const { wrapper } = setup({ adapter })
    const ids = Array.from({ length: COUNT }, (_, index) => userID(index))
    const { result } = renderHook(() => useUserProfiles(ids), { wrapper })
    await waitFor(() => expect(held).toHaveLength(BATCHES))
    vi.mocked(readProfile).mockClear()

    for (let batch = 1; batch <= BATCHES; batch++) {
      await act(async () => held.shift()!())
      await waitFor(() => expect(result.current.data).toHaveLength(batch * 100))
    }

    expect(result.current.status).toBe('success')
    expect(result.current.data.map((profile) => profile.userID)).toEqual(ids)
    expect(result.current.byID[userID(1_234)]?.nick).toBe('User 1234')
    // A few reads per entry (the fetch writing it, the list reading it). Rebuilding the whole list
    // on each of the 20 answers would read it COUNT × BATCHES (40,000) times.
    expect(vi.mocked(readProfile).mock.calls.length).toBeLessThanOrEqual(5 * COUNT)
  })

  it('keeps data, byID and notFound when a refetch brings the same profiles', async () => {
    const { wrapper } = setup({ memory: { profiles: users(COUNT) } })
    const ids = [...Array.from({ length: COUNT }, (_, index) => userID(index)), 'ghost']
    const { result } = renderHook(() => useUserProfiles(ids), { wrapper })
    await waitFor(() => expect(result.current.status).toBe('success'))
    const before = result.current

    await act(() => before.refetch())

    expect(result.current.isFetching).toBe(false)
    expect(result.current.data).toBe(before.data)
    expect(result.current.byID).toBe(before.byID)
    expect(result.current.notFound).toBe(before.notFound)
    expect(result.current.notFound).toEqual(['ghost'])
  })
})
