import { render, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { ProfileClient } from '../../client/createProfileClient'
import { createMemoryAdapter } from '../../memory/createMemoryAdapter'
import {
  ProfileProvider,
  useProfileClient,
  useProfileComponentSettings,
  type ProfileComponentSettings,
} from '../ProfileProvider'

// A component package's setting, declared the way `@profile-kit/ui` declares `messages`.
declare module '../ProfileProvider' {
  interface ProfileComponentSettings {
    greeting?: { text: string }
  }
}

const adapter = createMemoryAdapter({ me: { userID: 'me' } })

/** What a component below the provider saw, render by render. */
function recordingProbe() {
  const seen: Array<{ settings: ProfileComponentSettings; client: ProfileClient }> = []
  function Probe() {
    seen.push({ settings: useProfileComponentSettings(), client: useProfileClient() })
    return null
  }
  return { seen, Probe }
}

describe('component settings on ProfileProvider', () => {
  it('hands a setting to the components as given, beside the engine options', () => {
    const greeting = { text: 'hi' }
    const { seen, Probe } = recordingProbe()
    render(
      <ProfileProvider adapter={adapter} greeting={greeting} staleTime={1000}>
        <Probe />
      </ProfileProvider>,
    )
    expect(seen.at(-1)?.settings).toEqual({ greeting })
    expect(seen.at(-1)?.settings.greeting).toBe(greeting)
  })

  it('keeps the engine when a setting changes, and the settings object while values stay equal', () => {
    const { seen, Probe } = recordingProbe()
    const first = { text: 'hi' }
    const ui = (greeting: { text: string }) => (
      <ProfileProvider adapter={adapter} greeting={greeting} retry={{ retries: 1 }}>
        <Probe />
      </ProfileProvider>
    )
    const { rerender } = render(ui(first))
    const before = seen.at(-1)!
    rerender(ui(first))
    expect(seen.at(-1)?.settings).toBe(before.settings)
    const second = { text: 'hello' }
    rerender(ui(second))
    expect(seen.at(-1)?.settings.greeting).toBe(second)
    expect(seen.at(-1)?.client).toBe(before.client)
  })

  it('gives no settings outside a provider', () => {
    const { result } = renderHook(() => useProfileComponentSettings())
    expect(result.current).toEqual({})
  })
})
