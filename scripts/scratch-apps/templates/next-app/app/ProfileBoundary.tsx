'use client'
import { ProfileProvider } from '@profile-kit/core'
import { HydrationBoundary, type DehydratedState } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { createScratchAdapter } from './seed'

/** The client boundary: the provider's cache takes the server's profiles before the first render. */
export function ProfileBoundary({ state, children }: { state: DehydratedState; children: ReactNode }) {
  const [adapter] = useState(createScratchAdapter)
  return (
    <ProfileProvider adapter={adapter}>
      <HydrationBoundary state={state}>{children}</HydrationBoundary>
    </ProfileProvider>
  )
}
