import { useDemoText } from '../i18n/useDemoText'
import { useDemoStore, type PhoneView } from '../state/useDemoStore'
import { Icon, type IconName } from './Icon'

const ITEMS: ReadonlyArray<{
  view: PhoneView
  icon: IconName
  label: 'phone.conversations' | 'phone.profile' | 'phone.calls'
}> = [
  { view: 'conversations', icon: 'chat', label: 'phone.conversations' },
  { view: 'profile', icon: 'user', label: 'phone.profile' },
  { view: 'calls', icon: 'activity', label: 'phone.calls' },
]

/**
 * The tab bar at the bottom of a phone screen: chats, me, adapter calls. Hidden on wide screens,
 * which show everything at once.
 *
 * @example
 * ```tsx
 * <PhoneNav />
 * ```
 */
export function PhoneNav() {
  const t = useDemoText()
  const view = useDemoStore((state) => state.phoneView)
  const callCount = useDemoStore((state) => state.callCount)
  const showPhoneView = useDemoStore((state) => state.showPhoneView)
  // The open chat belongs to the "Chats" tab, as in phone chat apps.
  const current = view === 'chat' ? 'conversations' : view
  return (
    <nav className="phone-nav only-phone" aria-label={t('phone.nav')}>
      {ITEMS.map((item) => (
        <button
          key={item.view}
          type="button"
          className="phone-nav__item"
          aria-current={current === item.view ? 'page' : undefined}
          onClick={() =>
            showPhoneView(item.view === 'conversations' && view === 'conversations' ? 'chat' : item.view)
          }
        >
          <Icon name={item.icon} className="phone-nav__icon" />
          <span>{t(item.label)}</span>
          {item.view === 'calls' ? <span className="phone-nav__count">{callCount}</span> : null}
        </button>
      ))}
    </nav>
  )
}
