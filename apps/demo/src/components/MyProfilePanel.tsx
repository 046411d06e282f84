import { lazy, Suspense, useRef } from 'react'
import { ProfileEditorFallback } from '@profile-kit/ui'
import { useDemoText } from '../i18n/useDemoText'
import { useShownOnce } from './useShownOnce'

// The editor and react-hook-form are their own chunk (`@profile-kit/ui/editor`): the chat screen's
// first load does not carry them. The root entry's ProfileEditorFallback is the editor's own
// loading box, so nothing moves when the chunk arrives.
const ProfileEditor = lazy(() =>
  import('@profile-kit/ui/editor').then((module) => ({ default: module.ProfileEditor })),
)

/**
 * "My profile": the kit's ProfileEditor with the demo's custom fields (a select, a date, a URL, a
 * yes/no, a number and a long text). Its code downloads the first time the panel is on screen (at
 * once on a desktop, when the "My profile" tab is opened on a phone). Saving shows the new name in
 * the chat at once.
 *
 * @example
 * ```tsx
 * <MyProfilePanel />
 * ```
 */
export function MyProfilePanel() {
  const t = useDemoText()
  const panel = useRef<HTMLElement>(null)
  const shown = useShownOnce(panel)
  const fallback = <ProfileEditorFallback className="panel__editor" />
  return (
    <section ref={panel} className="panel panel--editor" aria-labelledby="profile-heading">
      <h2 className="panel__title" id="profile-heading">
        {t('profile.heading')}
      </h2>
      <p className="panel__hint">{t('profile.hint')}</p>
      {shown ? (
        <Suspense fallback={fallback}>
          <ProfileEditor className="panel__editor" />
        </Suspense>
      ) : (
        fallback
      )}
    </section>
  )
}
