import { useEffect } from 'react'
import { useDemoText } from '../i18n/useDemoText'
import { useDemoStore } from '../state/useDemoStore'
import { Icon } from './Icon'

const SHOWN_MS = 8000

/**
 * Announces a change simulated on another device in a polite live region, for a few seconds.
 * The region is always in the page, so screen readers hear what appears in it.
 *
 * @example
 * ```tsx
 * <RemoteChangeNotice />
 * ```
 */
export function RemoteChangeNotice() {
  const t = useDemoText()
  const notice = useDemoStore((state) => state.notice)
  const dismissNotice = useDemoStore((state) => state.dismissNotice)
  useEffect(() => {
    if (!notice) return
    const timer = setTimeout(dismissNotice, SHOWN_MS)
    return () => clearTimeout(timer)
  }, [notice, dismissNotice])
  return (
    <div className="toasts" role="status">
      {notice ? (
        <div className="toast" key={notice.id}>
          <Icon name="bolt" className="toast__icon" />
          <p className="toast__text">{t('notice.remote', { before: notice.before, after: notice.after })}</p>
          <button
            type="button"
            className="icon-button"
            aria-label={t('notice.dismiss')}
            onClick={dismissNotice}
          >
            <Icon name="close" />
          </button>
        </div>
      ) : null}
    </div>
  )
}
