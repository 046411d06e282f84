'use client'
import { ProfileProvider } from '@profile-kit/core'
import { HydrationBoundary, type DehydratedState } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { createExampleAdapter } from './seed'

/**
 * Where the server's prefetched profiles enter the browser. The provider creates (and provides)
 * its own QueryClient per render on the server and once in the browser; `HydrationBoundary`
 * puts the dehydrated profiles into it, so the first render already shows them.
 */
export function ProfileBoundary({ state, children }: { state: DehydratedState; children: ReactNode }) {
  const [adapter] = useState(createExampleAdapter)
  return (
    <ProfileProvider adapter={adapter}>
      <HydrationBoundary state={state}>{children}</HydrationBoundary>
    </ProfileProvider>
  )
}
