import { useState, type ReactNode } from 'react'
import {
  ProfileProvider,
  type DisplayName,
  type MemoryAdapterOptions,
  type ProfileAdapter,
} from '@profile-kit/core'
import { createMemoryAdapter } from '@profile-kit/core/vanilla'
import type { DraftStorage } from '../settings'
import { ME, PEOPLE, SCHEMA } from './fixtures'

/** Options of a story's or test's in-memory backend and provider. */
export interface KitOptions extends Partial<MemoryAdapterOptions> {
  messages?: Readonly<Record<string, string>>
  draftStorage?: DraftStorage
  displayName?: DisplayName
}

/** A fresh memory adapter seeded with the fixtures (every story and test gets its own). */
export function createKitAdapter({
  messages: _m,
  draftStorage: _d,
  displayName: _n,
  ...options
}: KitOptions = {}) {
  return createMemoryAdapter({ me: ME, profiles: PEOPLE, schema: SCHEMA, ...options })
}

/** A provider over `adapter` (or a new one from `options`), as an app would mount it. */
export function MemoryKit({
  adapter,
  options = {},
  children,
}: {
  /** A memory backend, or one a story built over it (with an upload of its own). */
  adapter?: ProfileAdapter
  options?: KitOptions
  children: ReactNode
}) {
  const [own] = useState(() => (adapter ? undefined : createKitAdapter(options)))
  return (
    <ProfileProvider
      adapter={adapter ?? own!}
      messages={options.messages}
      draftStorage={options.draftStorage}
      displayName={options.displayName}
    >
      {children}
    </ProfileProvider>
  )
}
