import { act, render, renderHook, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { ProfileError } from '../../errors/ProfileError'
import type { ProfilePatch } from '../../model/profile'
import { useMyProfile } from '../useMyProfile'
import { useUpdateProfile } from '../useUpdateProfile'
import { useUserProfiles } from '../useUserProfiles'
import { setup } from './setup'

function useEditor() {
  const me = useMyProfile()
  const update = useUpdateProfile()
  const list = useUserProfiles(['me', 'u1'])
  return { me, update, list, nicks: list.data.map((profile) => profile.nick).join(', ') }
}

async function ready(options: Parameters<typeof setup>[0] = {}) {
  const env = setup(options)
  const hook = renderHook(useEditor, { wrapper: env.wrapper })
  await waitFor(() => expect(hook.result.current.nicks).toBe('Ada, User 1'))
  return { ...env, hook }
}

describe('optimistic update', () => {
  it('shows the patch everywhere at once, then the backend’s profile', async () => {
    const { hook, memory, calls } = await ready({ memory: { latencyMs: 30 } })
    await act(async () => hook.result.current.update.mutate({ nick: 'Ada L.' }))
    expect(hook.result.current.nicks).toBe('Ada L., User 1')
    expect(hook.result.current.me.data?.nick).toBe('Ada L.')
    await waitFor(() => expect(hook.result.current.update.isSuccess).toBe(true))
    expect(calls.updateMyProfile).toHaveBeenCalledWith({ nick: 'Ada L.' })
    expect(hook.result.current.me.data).toEqual(memory.getStored('me'))
  })

  it('withdraws the patch on failure and keeps remote changes that arrived meanwhile', async () => {
    const { hook, memory } = await ready({ memory: { latencyMs: 30 } })
    memory.configure({ failureRate: 1, failureCode: 'permission_denied' })
    await act(async () => hook.result.current.update.mutate({ nick: 'Rejected', location: 'Mars' }))
    expect(hook.result.current.me.data).toMatchObject({ nick: 'Rejected', location: 'Mars' })
    act(() => void memory.simulateRemoteChange('me', { selfSignature: 'from my phone' }))
    await waitFor(() => expect(hook.result.current.update.isError).toBe(true))
    expect(hook.result.current.update.error).toMatchObject({ code: 'permission_denied' })
    await waitFor(() => expect(hook.result.current.me.data?.selfSignature).toBe('from my phone'))
    expect(hook.result.current.me.data).toMatchObject({ nick: 'Ada', location: '' })
    expect(hook.result.current.nicks).toBe('Ada, User 1')
  })

  it('runs saves one at a time, in order', async () => {
    const { hook, calls, memory } = await ready({ memory: { latencyMs: 20 } })
    const order: string[] = []
    calls.updateMyProfile.mockImplementation(async (patch: ProfilePatch) => {
      order.push(`start ${patch.nick}`)
      const answer = await memory.updateMyProfile(patch)
      order.push(`end ${patch.nick}`)
      return answer
    })
    await act(async () => {
      hook.result.current.update.mutate({ nick: 'One' })
      hook.result.current.update.mutate({ nick: 'Two' })
    })
    expect(hook.result.current.me.data?.nick).toBe('Two')
    await waitFor(() => expect(order).toHaveLength(4))
    expect(order).toEqual(['start One', 'end One', 'start Two', 'end Two'])
    await waitFor(() => expect(hook.result.current.me.data?.nick).toBe('Two'))
    expect(memory.getStored('me')?.nick).toBe('Two')
  })

  it('re-reads my profile when the adapter answers nothing', async () => {
    const { hook, calls, memory } = await ready()
    calls.updateMyProfile.mockImplementation(async (patch: ProfilePatch) => {
      await memory.updateMyProfile(patch)
    })
    const readsBefore = calls.getMyProfile.mock.calls.length
    await act(async () => hook.result.current.update.mutateAsync({ selfSignature: 'hello' }))
    expect(calls.getMyProfile.mock.calls.length).toBe(readsBefore + 1)
    expect(hook.result.current.me.data?.selfSignature).toBe('hello')
  })

  it('re-reads my profile when the adapter answers something that is not a profile', async () => {
    const { hook, calls, memory } = await ready()
    calls.updateMyProfile.mockImplementation(async (patch: ProfilePatch) => {
      await memory.updateMyProfile(patch)
      return 'ok' as never
    })
    await act(async () => hook.result.current.update.mutateAsync({ selfSignature: 'applied' }))
    expect(hook.result.current.update.isError).toBe(false)
    expect(hook.result.current.me.data?.selfSignature).toBe('applied')
  })
})

describe('validate before I/O', () => {
  it.each<[ProfilePatch, string]>([
    [{ nick: 42 as unknown as string }, 'nick'],
    [{ gender: 'robot' as 'male' }, 'gender'],
    [{ avatar: 'javascript:alert(1)' }, 'avatar'],
    [{ birthday: '2024-02-30' }, 'birthday'],
  ])('rejects %j with invalid_argument on %s and calls nothing', async (patch, field) => {
    const { hook, calls } = await ready()
    let error: ProfileError | undefined
    await act(async () => {
      await hook.result.current.update.mutateAsync(patch).catch((caught: ProfileError) => (error = caught))
    })
    expect(error).toMatchObject({ code: 'invalid_argument', field })
    expect(calls.updateMyProfile).not.toHaveBeenCalled()
    expect(hook.result.current.me.data?.nick).toBe('Ada')
  })

  it('makes no call for a patch that changes nothing, and sends only changed fields', async () => {
    const { hook, calls } = await ready()
    await act(async () => hook.result.current.update.mutateAsync({ nick: 'Ada', location: '' }))
    expect(calls.updateMyProfile).not.toHaveBeenCalled()
    await act(async () => hook.result.current.update.mutateAsync({ nick: 'Ada', location: 'Paris' }))
    expect(calls.updateMyProfile).toHaveBeenCalledWith({ location: 'Paris' })
  })
})

describe('components', () => {
  it('shows a failed save to the user and keeps what they typed', async () => {
    const { wrapper, memory } = setup({ provider: { retry: { retries: 0 } } })
    memory.configure({ failureRate: 1, failureCode: 'network' })
    function Form() {
      const update = useUpdateProfile()
      return (
        <>
          <button onClick={() => update.mutate({ nick: 'Typed' })}>Save</button>
          {update.error && <p role="alert">{update.error.code}</p>}
          {update.variables && <p>{`draft ${update.variables.nick}`}</p>}
        </>
      )
    }
    render(<Form />, { wrapper })
    act(() => screen.getByRole('button', { name: 'Save' }).click())
    expect(await screen.findByRole('alert')).toHaveTextContent('network')
    expect(screen.getByText('draft Typed')).toBeInTheDocument()
  })
})
