import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { ProfileProvider } from '@profile-kit/core'
import { PersistProfiles } from '@profile-kit/core/persist'
import { useState } from 'react'
import { BackendContext } from './backend/useBackend'
import type { DemoBackend } from './backend/createDemoBackend'
import { AppShell } from './components/AppShell'
import { kitMessages } from './i18n/kitMessages'
import { useDemoStore } from './state/useDemoStore'
import { useDocumentSettings } from './state/useDocumentSettings'

/**
 * The demo: a chat app with its own QueryClient, handing it to Profile Kit so profiles share the
 * app's cache, as a real app would. With "Persist profiles" on, a reload shows every name at once.
 *
 * @example
 * ```tsx
 * createRoot(element).render(<App backend={createDemoBackend()} />)
 * ```
 */
export function App({ backend }: { backend: DemoBackend }) {
  const [queryClient] = useState(() => new QueryClient())
  const locale = useDemoStore((state) => state.locale)
  const persisted = useDemoStore((state) => state.persistProfiles)
  useDocumentSettings()
  return (
    <QueryClientProvider client={queryClient}>
      <BackendContext.Provider value={backend}>
        <ProfileProvider adapter={backend.adapter} queryClient={queryClient} messages={kitMessages[locale]}>
          {/* Turned off, `userID={null}` removes what was stored. */}
          <PersistProfiles
            appID={`profile-kit-demo-${backend.kind}`}
            userID={persisted ? backend.myID : null}
          >
            <AppShell />
          </PersistProfiles>
        </ProfileProvider>
      </BackendContext.Provider>
    </QueryClientProvider>
  )
}
