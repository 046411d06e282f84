import { useDemoText } from '../i18n/useDemoText'
import { useDemoStore, type Locale } from '../state/useDemoStore'
import { BackendControls } from './BackendControls'
import { Icon } from './Icon'

const LANGUAGES: ReadonlyArray<{ locale: Locale; label: string; lang: string }> = [
  { locale: 'en', label: 'English', lang: 'en' },
  { locale: 'zh', label: '中文', lang: 'zh-CN' },
]

/**
 * The demo's toolbar above the chat: the backend's knobs (on wide screens), the light/dark toggle
 * and the English/中文 switch.
 *
 * @example
 * ```tsx
 * <TopBar />
 * ```
 */
export function TopBar() {
  const t = useDemoText()
  const theme = useDemoStore((state) => state.theme)
  const locale = useDemoStore((state) => state.locale)
  const toggleTheme = useDemoStore((state) => state.toggleTheme)
  const setLocale = useDemoStore((state) => state.setLocale)
  return (
    <header className="topbar">
      <div className="topbar__brand">
        <span className="topbar__logo" aria-hidden="true">
          <Icon name="logo" />
        </span>
        <h1 className="topbar__name">{t('app.title')}</h1>
        <span className="topbar__badge">{t('app.badge')}</span>
      </div>
      <BackendControls className="only-wide" idPrefix="toolbar" />
      <div className="topbar__settings">
        <button
          type="button"
          className="icon-button"
          aria-pressed={theme === 'dark'}
          aria-label={t('controls.theme')}
          title={t('controls.theme')}
          onClick={toggleTheme}
        >
          <Icon name={theme === 'dark' ? 'sun' : 'moon'} />
        </button>
        <div className="segmented" role="group" aria-label={t('controls.language')}>
          {LANGUAGES.map((language) => (
            <button
              key={language.locale}
              type="button"
              lang={language.lang}
              className="segmented__option"
              aria-pressed={locale === language.locale}
              onClick={() => setLocale(language.locale)}
            >
              {language.label}
            </button>
          ))}
        </div>
      </div>
    </header>
  )
}
