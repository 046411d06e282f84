import { ProfileEditor } from '@profile-kit/ui'
import { useDemoText } from '../i18n/useDemoText'

/**
 * "My profile": the kit's ProfileEditor with the demo's custom fields (a select, a date, a URL, a
 * yes/no, a number and a long text). Saving shows the new name in the chat at once.
 *
 * @example
 * ```tsx
 * <MyProfilePanel />
 * ```
 */
export function MyProfilePanel() {
  const t = useDemoText()
  return (
    <section className="panel panel--editor" aria-labelledby="profile-heading">
      <h2 className="panel__title" id="profile-heading">
        {t('profile.heading')}
      </h2>
      <p className="panel__hint">{t('profile.hint')}</p>
      <ProfileEditor className="panel__editor" />
    </section>
  )
}
