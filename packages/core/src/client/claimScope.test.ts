import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import type { ProfileAdapter } from '../adapter/ProfileAdapter'
import { createMemoryAdapter } from '../memory/createMemoryAdapter'
import { claimScope } from './claimScope'

const adapter = (): ProfileAdapter => createMemoryAdapter({ me: { userID: 'me' } })

describe('claimScope', () => {
  it('lets providers of one adapter share a scope, and rejects another adapter until they all leave', () => {
    const queryClient = new QueryClient()
    const [first, second] = [adapter(), adapter()]
    const releases = [claimScope(queryClient, 'default', first), claimScope(queryClient, 'default', first)]
    expect(() => claimScope(queryClient, 'default', second)).toThrow(
      expect.objectContaining({
        code: 'invalid_argument',
        field: 'scope',
        message: expect.stringContaining('"default"'),
      }),
    )
    // Another scope or another QueryClient keeps the profiles apart: allowed.
    expect(() => claimScope(queryClient, 'work', second)).not.toThrow()
    expect(() => claimScope(new QueryClient(), 'default', second)).not.toThrow()
    releases[0]?.()
    expect(() => claimScope(queryClient, 'default', second)).toThrow()
    releases[1]?.()
    expect(() => claimScope(queryClient, 'default', second)).not.toThrow()
  })
})
