import { act, renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useMyProfile } from '../useMyProfile'
import { requestedIDs, setup } from './setup'

describe('useMyProfile: my ID, then my entry, as one typed result', () => {
  it('tells why my ID could not be read, and loads my profile when asked again', async () => {
    const { wrapper, memory, calls } = setup()
    memory.configure({ failureRate: 1, failureCode: 'permission_denied' })
    const { result } = renderHook(useMyProfile, { wrapper })
    expect(result.current).toMatchObject({ status: 'pending', isPending: true, data: undefined })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current).toMatchObject({ status: 'error', data: undefined, isFetching: false })
    expect(result.current.error).toMatchObject({ code: 'permission_denied' })

    memory.configure({ failureRate: 0 })
    await act(() => result.current.refetch())
    await waitFor(() => expect(result.current.data?.nick).toBe('Ada'))
    expect(result.current).toMatchObject({ status: 'success', isSuccess: true, error: null })
    expect(calls.getMyProfile).toHaveBeenCalledTimes(2)
  })

  it('once my ID is known, refetch re-reads my entry', async () => {
    const { wrapper, calls } = setup()
    const { result } = renderHook(useMyProfile, { wrapper })
    await waitFor(() => expect(result.current.data?.userID).toBe('me'))
    const reads = calls.getUserProfiles.mock.calls.length
    await act(() => result.current.refetch())
    expect(requestedIDs(calls.getUserProfiles).slice(reads)).toEqual([['me']])
    expect(calls.getMyProfile).toHaveBeenCalledTimes(1)
  })
})
