import { QueryClient } from '@tanstack/react-query'
import { act, render, screen, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ProfileAdapter } from '../adapter/ProfileAdapter'
import { profileKeys } from '../client/profileKeys'
import { ProfileError } from '../errors/ProfileError'
import type { ProfileChange } from '../model/profile'
import { ProfileProvider, type ProfileProviderProps } from '../react/ProfileProvider'
import { useMyProfile } from '../react/useMyProfile'
import { useUserProfile } from '../react/useUserProfile'
import { elapse, renderMyProfileAndUpdate } from '../react/__tests__/setup'
import { useUserProfiles } from '../react/useUserProfiles'

/** An adapter whose `getUserProfiles` answers whatever the test says; the rest behaves. */
function adapterAnswering(answer: (userIDs: string[]) => unknown): ProfileAdapter {
  return {
    getMyProfile: async () => ({ userID: 'me', nick: 'Ada', updatedAt: 1 }) as never,
    getUserProfiles: vi.fn(async (userIDs: string[]) => answer(userIDs) as never),
    updateMyProfile: async () => undefined,
  }
}

function mount(adapter: ProfileAdapter, ui: ReactNode, props: Partial<ProfileProviderProps> = {}) {
  const queryClient = new QueryClient()
  const view = render(
    <ProfileProvider adapter={adapter} queryClient={queryClient} retry={{ retries: 0 }} {...props}>
      {ui}
    </ProfileProvider>,
  )
  return { ...view, queryClient }
}

/** What a person sees for one user: the nick and status line, "not found", or the error. */
function Card({ id }: { id: string }) {
  const { data, notFound, error, isPending } = useUserProfile(id)
  if (error) return <p role="alert">{`${error.code}: ${error.message}`}</p>
  if (notFound) return <p>{`${id} not found`}</p>
  if (isPending || !data) return <p>{`${id} loading`}</p>
  return <p>{`${data.userID}: ${data.nick}|${data.selfSignature}|${data.birthday}|${data.updatedAt}`}</p>
}

describe('hostile getUserProfiles answers become clear states, never a crash', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['an object', { data: [{ userID: 'u1' }] }],
    ['a string', 'u1'],
    ['a number', 42],
  ])('a batch answered with %s fails with an error that says to resolve an array', async (_, answer) => {
    mount(
      adapterAnswering(() => answer),
      <Card id="u1" />,
    )
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^unknown: getUserProfiles must resolve an array of profiles/,
    )
  })

  it('skips items without a usable userID, so those users read as not found', async () => {
    const answer = [null, 'u1', 7, { nick: 'no id' }, { userID: '' }, { userID: '   ' }, { userID: 42 }]
    mount(
      adapterAnswering(() => answer),
      <Card id="u1" />,
    )
    expect(await screen.findByText('u1 not found')).toBeInTheDocument()
  })

  it('keeps the newest of duplicate profiles, whatever their order', async () => {
    const answer = [
      { userID: 'u1', nick: 'middle', updatedAt: 2 },
      { userID: 'u1', nick: 'newest', updatedAt: 3 },
      { userID: 'u1', nick: 'oldest', updatedAt: 1 },
    ]
    mount(
      adapterAnswering(() => answer),
      <Card id="u1" />,
    )
    expect(await screen.findByText(/^u1: newest/)).toBeInTheDocument()
  })

  it('does not cache profiles nobody asked for', async () => {
    const answer = [
      { userID: 'u1', nick: 'One' },
      { userID: 'intruder', nick: 'Not asked for' },
    ]
    const { queryClient } = mount(
      adapterAnswering(() => answer),
      <Card id="u1" />,
    )
    expect(await screen.findByText(/^u1: One/)).toBeInTheDocument()
    expect(queryClient.getQueryData(profileKeys.user('intruder'))).toBeUndefined()
    expect(queryClient.getQueryCache().find({ queryKey: profileKeys.user('intruder') })).toBeUndefined()
  })

  it('turns numbers where strings belong into text, and unusable dates into defaults', async () => {
    const answer = [
      { userID: 'u1', nick: 42, selfSignature: 3.5, birthday: 'NaN-NaN-NaN', updatedAt: Number.NaN },
      { userID: 'u2', nick: Number.NaN, selfSignature: {}, birthday: '2023-02-30', updatedAt: new Date('x') },
      { userID: 'u3', nick: ['array'], birthday: 19900102, updatedAt: -5 },
    ]
    mount(
      adapterAnswering(() => answer),
      <>
        <Card id="u1" />
        <Card id="u2" />
        <Card id="u3" />
      </>,
    )
    expect(await screen.findByText('u1: 42|3.5||0')).toBeInTheDocument()
    expect(screen.getByText('u2: |||0')).toBeInTheDocument()
    expect(screen.getByText('u3: |||0')).toBeInTheDocument()
  })

  it('skips an item whose getters throw, keeping the rest of the batch', async () => {
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error('hostile getter')
        },
        has: () => true,
        getOwnPropertyDescriptor: () => {
          throw new Error('hostile descriptor')
        },
      },
    )
    mount(
      adapterAnswering(() => [trap, { userID: 'u2', nick: 'Two' }]),
      <>
        <Card id="u1" />
        <Card id="u2" />
      </>,
    )
    expect(await screen.findByText(/^u2: Two/)).toBeInTheDocument()
    expect(screen.getByText('u1 not found')).toBeInTheDocument()
  })

  it('turns an adapter that throws synchronously into an error state that says to return a Promise', async () => {
    const adapter = adapterAnswering(() => undefined)
    adapter.getUserProfiles = () => {
      throw new TypeError('sdk.getUserProfile is not a function')
    }
    mount(adapter, <Card id="u1" />)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'unknown: getUserProfiles threw instead of returning a Promise (make it async or return a rejected Promise): sdk.getUserProfile is not a function',
    )
  })

  it('shows a rejected non-Error value as an unknown ProfileError', async () => {
    const adapter = adapterAnswering(() => undefined)
    adapter.getUserProfiles = () => Promise.reject('just a string')
    mount(adapter, <Card id="u1" />)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'unknown: getUserProfiles failed: just a string',
    )
  })

  it('keeps the valid IDs of a list loading when the list also holds bad ones', async () => {
    function Names({ ids }: { ids: unknown[] }) {
      const { data, error } = useUserProfiles(ids as string[])
      return <p>{`${data.map((p) => p.nick).join(',')} / ${error?.field}`}</p>
    }
    const adapter = adapterAnswering((ids) => ids.map((userID) => ({ userID, nick: `N-${userID}` })))
    mount(adapter, <Names ids={['u1', null, 7, '', 'u2']} />)
    expect(await screen.findByText('N-u1,N-u2 / userIDs[1]')).toBeInTheDocument()
    expect(adapter.getUserProfiles).toHaveBeenCalledWith(['u1', 'u2'])
  })
})

describe('hostile getMyProfile and updateMyProfile answers', () => {
  function Me() {
    const { data, error } = useMyProfile()
    if (error) return <p role="alert">{`${error.code}: ${error.message}`}</p>
    return <p>{data ? `me: ${data.nick}` : 'me loading'}</p>
  }

  it.each([
    ['null', null, /^unknown: A profile must be an object with a userID/],
    ['a profile without userID', { nick: 'Ada' }, /^unknown: A profile needs a non-empty string userID/],
    ['a number', 7, /^unknown: A profile must be an object with a userID/],
  ])('getMyProfile answering %s gives an error state naming the problem', async (_, answer, message) => {
    const adapter = adapterAnswering(() => [])
    adapter.getMyProfile = async () => answer as never
    mount(adapter, <Me />)
    expect(await screen.findByRole('alert')).toHaveTextContent(message)
  })

  it('re-reads my profile when an update answers something that is not a profile (the backend applied it)', async () => {
    const adapter = adapterAnswering(() => [])
    let stored = { userID: 'me', nick: 'Ada', updatedAt: 1 }
    const getMyProfile = vi.fn(async () => stored as never)
    adapter.getMyProfile = getMyProfile
    adapter.updateMyProfile = async (patch) => {
      stored = { ...stored, ...(patch as { nick: string }), updatedAt: 2 }
      return 'ok' as never
    }
    const { result } = renderMyProfileAndUpdate(adapter)
    await waitFor(() => expect(result.current.me.data?.nick).toBe('Ada'))
    await act(async () => {
      await result.current.update.mutateAsync({ nick: 'Grace' })
    })
    expect(result.current.update.isSuccess).toBe(true)
    expect(getMyProfile).toHaveBeenCalledTimes(2)
    expect(result.current.me.data).toMatchObject({ nick: 'Grace', updatedAt: 2 })
  })
})

describe('hostile events', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('ignores junk events and events for users nobody shows, without crashing or caching', async () => {
    let push: (changes: unknown) => void = () => {}
    const adapter: ProfileAdapter = {
      ...adapterAnswering((ids) => ids.map((userID) => ({ userID, nick: `N-${userID}`, updatedAt: 5 }))),
      subscribe(onChange) {
        push = onChange as (changes: unknown) => void
        return () => {}
      },
    }
    const { queryClient } = mount(adapter, <Card id="u1" />, { eventCoalesceMs: 0 })
    expect(await screen.findByText(/^u1: N-u1/)).toBeInTheDocument()
    const junk: unknown[] = [
      null,
      'u1',
      { changes: [] },
      [null, 7, 'x', { nick: 'no id' }, { userID: 42, nick: 'numeric id' }],
      [{ userID: 'stranger', nick: 'nobody asked' }],
      [
        {
          userID: 'u1',
          nick: { toString: () => 'object' },
          gender: 'alien',
          birthday: 'soon',
          updatedAt: 'NaN',
        },
      ],
      [{ userID: 'u1', nick: 'older', updatedAt: 4 }],
    ]
    vi.useFakeTimers()
    await act(async () => {
      junk.forEach((changes) => push(changes as ProfileChange[]))
      await vi.advanceTimersByTimeAsync(5)
    })
    expect(screen.getByText('u1: N-u1|||5')).toBeInTheDocument()
    expect(queryClient.getQueryCache().find({ queryKey: profileKeys.user('stranger') })).toBeUndefined()
    await act(async () => {
      push([{ userID: 'u1', nick: 'newer', updatedAt: 6 }])
      await vi.advanceTimersByTimeAsync(5)
    })
    expect(screen.getByText('u1: newer|||6')).toBeInTheDocument()
  })
})

describe('an adapter that never answers', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  // TanStack Query tells components with setTimeout(0), which fake timers run 1 ms later: an error
  // due at timeoutMs shows at timeoutMs + 1.

  it('turns a getUserProfiles that never resolves into a network error after the provider’s timeoutMs', async () => {
    vi.useFakeTimers()
    const adapter = adapterAnswering(() => new Promise(() => {}))
    mount(adapter, <Card id="u1" />, { timeoutMs: 1500 })
    await elapse(1499)
    expect(screen.getByText('u1 loading')).toBeInTheDocument()
    await elapse(2)
    expect(screen.getByRole('alert')).toHaveTextContent(
      /^network: getUserProfiles did not answer within 1500 ms\. Check the connection, or raise timeoutMs/,
    )
  })

  it('retries a timed-out batch as one call per attempt, then shows the error', async () => {
    vi.useFakeTimers()
    vi.spyOn(Math, 'random').mockReturnValue(0)
    const adapter = adapterAnswering(() => new Promise(() => {}))
    mount(adapter, <Card id="u1" />, { timeoutMs: 100, retry: { retries: 2, baseDelayMs: 10 } })
    // 100 (attempt) + 5 (backoff) + 100 + 10 + 100
    await elapse(314)
    expect(screen.getByText('u1 loading')).toBeInTheDocument()
    await elapse(2)
    expect(screen.getByRole('alert')).toHaveTextContent(
      /^network: getUserProfiles did not answer within 100 ms/,
    )
    expect(adapter.getUserProfiles).toHaveBeenCalledTimes(3)
  })

  it('turns a getMyProfile that never resolves into an error state after timeoutMs', async () => {
    vi.useFakeTimers()
    const adapter = adapterAnswering(() => [])
    adapter.getMyProfile = () => new Promise(() => {})
    function Me() {
      const { error } = useMyProfile()
      return <p>{error ? `${error.code}: ${error.message}` : 'me loading'}</p>
    }
    mount(adapter, <Me />, { timeoutMs: 800 })
    await elapse(799)
    expect(screen.getByText('me loading')).toBeInTheDocument()
    await elapse(2)
    expect(screen.getByText(/^network: getMyProfile did not answer within 800 ms/)).toBeInTheDocument()
  })

  it('fails an update that never resolves after timeoutMs and withdraws the optimistic patch', async () => {
    vi.useFakeTimers()
    const adapter = adapterAnswering(() => [])
    adapter.updateMyProfile = () => new Promise(() => {})
    const { result } = renderMyProfileAndUpdate(adapter, { timeoutMs: 600 })
    await elapse(0)
    expect(result.current.me.data?.nick).toBe('Ada')
    let outcome: unknown
    await act(async () => {
      result.current.update.mutateAsync({ nick: 'Grace' }).catch((error: unknown) => (outcome = error))
      await vi.advanceTimersByTimeAsync(0)
    })
    expect(result.current.me.data?.nick).toBe('Grace')
    await elapse(599)
    expect(outcome).toBeUndefined()
    await elapse(2)
    expect(outcome).toBeInstanceOf(ProfileError)
    expect(outcome).toMatchObject({
      code: 'network',
      message: expect.stringMatching(/^updateMyProfile did not answer within 600 ms/),
    })
    expect(result.current.me.data?.nick).toBe('Ada')
  })
})
