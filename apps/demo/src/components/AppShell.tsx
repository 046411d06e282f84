import { useDemoText } from '../i18n/useDemoText'
import { useDemoStore } from '../state/useDemoStore'
import { ChatPane } from './ChatPane'
import { Inspector } from './Inspector'
import { PhoneNav } from './PhoneNav'
import { ProfileDialog } from './ProfileDialog'
import { RemoteChangeNotice } from './RemoteChangeNotice'
import { Sidebar } from './Sidebar'
import { TopBar } from './TopBar'

/**
 * The page: toolbar, conversation list, chat, side panel. On a phone one pane shows at a time
 * (`data-phone-view`), chosen in the bottom tab bar.
 *
 * @example
 * ```tsx
 * <AppShell />
 * ```
 */
export function AppShell() {
  const t = useDemoText()
  const phoneView = useDemoStore((state) => state.phoneView)
  return (
    <div className="app" data-phone-view={phoneView}>
      <TopBar />
      {/* One main landmark for whatever a phone shows: the list, the chat or a panel. */}
      <main className="workspace" aria-label={t('app.workspace')}>
        <Sidebar />
        <ChatPane />
        <Inspector />
        <RemoteChangeNotice />
      </main>
      <PhoneNav />
      <ProfileDialog />
    </div>
  )
}
