import { QueryClient } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { ProfileAdapter } from '../adapter/ProfileAdapter'
import { ProfileProvider } from '../react/ProfileProvider'
import { useUserProfile } from '../react/useUserProfile'

function adapterWith(subscribe: ProfileAdapter['subscribe']): ProfileAdapter {
  return {
    getMyProfile: async () => ({ userID: 'me' }) as never,
    getUserProfiles: async (ids) => ids.map((userID) => ({ userID, nick: `N-${userID}` })) as never,
    updateMyProfile: async () => undefined,
    subscribe,
  }
}

function Card() {
  const { data } = useUserProfile('u1')
  return <p>{data ? data.nick : 'loading'}</p>
}

describe('an adapter whose subscribe misbehaves (a buggy SDK binding)', () => {
  it.each([
    [
      'throws synchronously',
      () => {
        throw new TypeError('chat.on is not a function')
      },
    ],
    ['returns something that is not a function', () => 'not a function' as unknown as () => void],
    [
      'returns an unsubscribe that throws',
      () => () => {
        throw new Error('chat.off failed')
      },
    ],
  ])(
    'still shows profiles (without live updates) and unmounts cleanly when subscribe %s',
    async (_, subscribe) => {
      const view = render(
        <ProfileProvider adapter={adapterWith(subscribe)} queryClient={new QueryClient()}>
          <Card />
        </ProfileProvider>,
      )
      expect(await screen.findByText('N-u1')).toBeInTheDocument()
      expect(() => view.unmount()).not.toThrow()
    },
  )
})
