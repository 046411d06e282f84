import { act, render, renderHook, screen, waitFor } from '@testing-library/react'
import { Profiler } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { ProfileAdapter } from '../../adapter/ProfileAdapter'
import { ProfileError } from '../../errors/ProfileError'
import { profileKeys } from '../../client/profileKeys'
import { createMemoryAdapter } from '../../memory/createMemoryAdapter'
import { useProfileClient, type ProfileProviderProps } from '../ProfileProvider'
import { useDisplayName } from '../useDisplayName'
import { useRemark } from '../useRemark'
import { setup, users } from './setup'

/** A memory backend where u1 is a friend called "Boss", u2 a friend without remark, u3 a stranger. */
function remarkSetup(provider: Partial<ProfileProviderProps> = {}) {
  const memory = createMemoryAdapter({
    me: { userID: 'me', nick: 'Ada' },
    profiles: [...users(4), { userID: 'nameless' }],
    friends: [{ userID: 'u1', remark: 'Boss' }, { userID: 'u2' }, { userID: 'nameless' }],
  })
  const remarks = {
    maxLength: memory.remarks.maxLength,
    getRemarks: vi.fn((ids: string[]) => memory.remarks.getRemarks(ids)),
    setRemark: vi.fn((userID: string, remark: string) => memory.remarks.setRemark(userID, remark)),
    subscribe: (onChange: Parameters<typeof memory.remarks.subscribe>[0]) =>
      memory.remarks.subscribe(onChange),
  }
  const adapter: ProfileAdapter = {
    schema: memory.schema,
    getMyProfile: () => memory.getMyProfile(),
    getUserProfiles: (ids) => memory.getUserProfiles(ids),
    updateMyProfile: (patch) => memory.updateMyProfile(patch),
    subscribe: (onChange, onReset) => memory.subscribe(onChange, onReset),
    remarks,
  }
  return { ...setup({ adapter, provider }), memory, remarks }
}

const renders: Record<string, number> = {}

function Row({ id }: { id: string }) {
  const name = useDisplayName(id)
  return (
    <Profiler id={id} onRender={() => (renders[id] = (renders[id] ?? 0) + 1)}>
      <p data-testid={id}>{name}</p>
    </Profiler>
  )
}

const ROWS = ['u1', 'u2', 'nameless', 'u3']

function Rows() {
  return (
    <>
      {ROWS.map((id) => (
        <Row key={id} id={id} />
      ))}
    </>
  )
}

async function shownNames() {
  await waitFor(() => expect(screen.getByTestId('u2')).toHaveTextContent('User 2'))
  await waitFor(() => expect(screen.getByTestId('u1')).toHaveTextContent('Boss'))
  return ROWS.map((id) => screen.getByTestId(id).textContent)
}

describe('display names follow remark, then nick, then user ID', () => {
  it('names each row by its source and loads every remark in one batched call', async () => {
    const { wrapper, remarks } = remarkSetup()
    render(<Rows />, { wrapper })
    expect(await shownNames()).toEqual(['Boss', 'User 2', 'nameless', 'User 3'])
    expect(remarks.getRemarks).toHaveBeenCalledTimes(1)
    expect([...remarks.getRemarks.mock.calls[0]![0]].sort()).toEqual([...ROWS].sort())
  })

  it('with `dropUnwatched`, asks for no remark of a row that unmounted before its batch was sent', async () => {
    const { wrapper, remarks } = remarkSetup({ batchWindowMs: 50, dropUnwatched: true })
    const rows = (ids: string[]) => ids.map((id) => <Row key={id} id={id} />)
    const { rerender } = render(<>{rows(['u1', 'u2'])}</>, { wrapper })
    rerender(<>{rows(['u2', 'u3'])}</>) // u1 scrolled away within the window
    await waitFor(() => expect(screen.getByTestId('u3')).toHaveTextContent('User 3'))
    await waitFor(() => expect(remarks.getRemarks).toHaveBeenCalledTimes(1))
    expect([...remarks.getRemarks.mock.calls[0]![0]].sort()).toEqual(['u2', 'u3'])
  })

  it('with `dropUnwatched`, keeps the remark of a row that left after its batch was sent', async () => {
    const { wrapper, remarks, memory, queryClient } = remarkSetup({ dropUnwatched: true })
    const held: Array<() => void> = []
    remarks.getRemarks.mockImplementation(async (ids) => {
      const answer = await memory.remarks.getRemarks(ids)
      await new Promise<void>((resolve) => held.push(resolve))
      return answer
    })
    const { rerender } = render(<Row id="u1" />, { wrapper })
    await waitFor(() => expect(held).toHaveLength(1)) // sent; the answer says "Boss"
    await waitFor(() => expect(screen.getByTestId('u1')).toHaveTextContent('User 1'))
    rerender(<></>) // the row scrolled away
    held.forEach((release) => release())
    await waitFor(() => expect(queryClient.getQueryData(profileKeys.remark('u1'))).toBe('Boss'))
    rerender(<Row id="u1" />)
    expect(screen.getByTestId('u1')).toHaveTextContent('Boss')
    expect(remarks.getRemarks).toHaveBeenCalledTimes(1)
  })

  it('splits remark requests by the source’s maxBatchSize', async () => {
    const { wrapper, remarks } = remarkSetup()
    ;(remarks as { maxBatchSize?: number }).maxBatchSize = 3
    render(<Rows />, { wrapper })
    await shownNames()
    expect(remarks.getRemarks.mock.calls.map(([ids]) => ids.length)).toEqual([3, 1])
  })

  it('gives an app’s displayName the remark', async () => {
    const { wrapper } = remarkSetup({
      displayName: (profile, { remark } = {}) =>
        remark ? `${remark} (${profile.nick})` : `~${profile.nick}`,
    })
    render(<Rows />, { wrapper })
    await waitFor(() => expect(screen.getByTestId('u1')).toHaveTextContent('Boss (User 1)'))
    expect(screen.getByTestId('u2')).toHaveTextContent('~User 2')
  })

  it('names by nick without remark calls when the adapter has no remarks', async () => {
    const { wrapper } = setup()
    render(<Rows />, { wrapper })
    await waitFor(() => expect(screen.getByTestId('u1')).toHaveTextContent('User 1'))
  })
})

describe('remarks are live', () => {
  it('shows a remark set on another device in its row, re-rendering only that row, with no refetch', async () => {
    const { wrapper, memory, remarks } = remarkSetup()
    render(<Rows />, { wrapper })
    await shownNames()
    await new Promise((resolve) => setTimeout(resolve, 20))
    const before = { ...renders }
    act(() => memory.simulateRemoteRemark('u2', 'Lead'))
    await waitFor(() => expect(screen.getByTestId('u2')).toHaveTextContent('Lead'))
    expect(renders.u2).toBe(before.u2! + 1)
    for (const id of ['u1', 'nameless', 'u3']) expect(renders[id]).toBe(before[id])
    expect(remarks.getRemarks).toHaveBeenCalledTimes(1)
  })

  it('falls back to the nick when the friend is removed elsewhere', async () => {
    const { wrapper, memory } = remarkSetup()
    render(<Rows />, { wrapper })
    await shownNames()
    act(() => memory.simulateRemoteRemark('u1', null))
    await waitFor(() => expect(screen.getByTestId('u1')).toHaveTextContent('User 1'))
  })

  it('refetches remarks when the session resets', async () => {
    const { wrapper, memory, remarks } = remarkSetup()
    render(<Rows />, { wrapper })
    await shownNames()
    act(() => memory.simulateSessionReset())
    await waitFor(() => expect(remarks.getRemarks).toHaveBeenCalledTimes(2))
  })

  it('drops the old session’s remarks at once when the session resets, before the new ones load', async () => {
    const { wrapper, memory, remarks } = remarkSetup()
    render(<Rows />, { wrapper })
    await shownNames()
    // The next account's remarks never arrive: the old account's own words must not stay meanwhile.
    remarks.getRemarks.mockImplementation(() => new Promise(() => {}))
    act(() => memory.simulateSessionReset())
    await waitFor(() => expect(screen.getByTestId('u1')).toHaveTextContent('User 1'))
  })

  it('never answers the new session with a remark request the old one sent', async () => {
    const { wrapper, memory, remarks } = remarkSetup()
    let answerOld: (value: Array<{ userID: string; remark: string }>) => void = () => {}
    remarks.getRemarks.mockImplementationOnce(() => new Promise((resolve) => (answerOld = resolve)))
    render(<Rows />, { wrapper })
    await waitFor(() => expect(remarks.getRemarks).toHaveBeenCalledTimes(1))
    act(() => memory.simulateSessionReset())
    // The new session asks again rather than waiting for the old request.
    await waitFor(() => expect(remarks.getRemarks).toHaveBeenCalledTimes(2))
    act(() => answerOld([{ userID: 'u1', remark: 'Old account’s name for u1' }]))
    await waitFor(() => expect(screen.getByTestId('u1')).toHaveTextContent('Boss'))
  })
})

describe('setting a remark', () => {
  function useRemarkAndClient(id: string) {
    return { remark: useRemark(id), client: useProfileClient(), name: useDisplayName(id) }
  }

  it('says who is a friend and may be renamed', async () => {
    const { wrapper } = remarkSetup()
    const friend = renderHook(() => useRemark('u2'), { wrapper })
    const stranger = renderHook(() => useRemark('u3'), { wrapper })
    await waitFor(() => expect(friend.result.current.isFriend).toBe(true))
    expect(friend.result.current).toMatchObject({ remark: '', canEdit: true, maxLength: 96 })
    await waitFor(() => expect(stranger.result.current.status).toBe('success'))
    expect(stranger.result.current).toMatchObject({ remark: undefined, isFriend: false, canEdit: false })
  })

  it('shows the new remark at once and keeps it once saved', async () => {
    const { wrapper, memory } = remarkSetup()
    const { result } = renderHook(() => useRemarkAndClient('u2'), { wrapper })
    await waitFor(() => expect(result.current.remark.isFriend).toBe(true))
    let saved!: Promise<void>
    act(() => {
      saved = result.current.client.setRemark('u2', 'Lead')
    })
    await waitFor(() => expect(result.current.name).toBe('Lead'))
    await act(() => saved)
    expect(result.current.remark.remark).toBe('Lead')
    expect(await memory.remarks.getRemarks(['u2'])).toEqual([{ userID: 'u2', remark: 'Lead' }])
  })

  it('withdraws the remark when the backend refuses it', async () => {
    const { wrapper, remarks } = remarkSetup()
    let refuse!: (error: Error) => void
    remarks.setRemark.mockImplementationOnce(() => new Promise((_, reject) => (refuse = reject)))
    const { result } = renderHook(() => useRemarkAndClient('u1'), { wrapper })
    await waitFor(() => expect(result.current.name).toBe('Boss'))
    let saved!: Promise<void>
    act(() => {
      saved = result.current.client.setRemark('u1', 'Chief')
    })
    await waitFor(() => expect(result.current.name).toBe('Chief'))
    refuse(new ProfileError('network', 'offline'))
    await act(() => expect(saved).rejects.toMatchObject({ code: 'network' }))
    expect(result.current.name).toBe('Boss')
  })

  it('rejects a remark over maxLength before any I/O, and remarks for strangers', async () => {
    const { wrapper, remarks } = remarkSetup()
    const { result } = renderHook(() => useRemarkAndClient('u2'), { wrapper })
    await waitFor(() => expect(result.current.remark.isFriend).toBe(true))
    await expect(result.current.client.setRemark('u2', 'x'.repeat(97))).rejects.toMatchObject({
      code: 'invalid_argument',
      field: 'remark',
    })
    await expect(result.current.client.setRemark('u3', 'Pal')).rejects.toMatchObject({
      code: 'permission_denied',
    })
    expect(remarks.setRemark).not.toHaveBeenCalled()
  })

  it('rejects a remark over maxBytes (UTF-8) before any I/O', async () => {
    const { wrapper, remarks } = remarkSetup()
    Object.assign(remarks, { maxBytes: 96 })
    const { result } = renderHook(() => useRemarkAndClient('u2'), { wrapper })
    await waitFor(() => expect(result.current.remark.isFriend).toBe(true))
    expect(result.current.remark.maxBytes).toBe(96)
    // 33 Chinese characters: 33 UTF-16 units, 99 bytes.
    await expect(result.current.client.setRemark('u2', '好'.repeat(33))).rejects.toMatchObject({
      code: 'invalid_argument',
      field: 'remark',
    })
    await act(() => result.current.client.setRemark('u2', '好'.repeat(32)))
    expect(remarks.setRemark).toHaveBeenCalledTimes(1)
  })
})
