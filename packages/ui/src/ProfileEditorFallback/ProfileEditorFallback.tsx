import type { CSSProperties } from 'react'
import { cx } from '../internal/cx'
import { useShownMessages } from '../messages/useShownMessages'

/**
 * Props of {@link ProfileEditorFallback}: the ones to give the `ProfileEditor` it stands in for.
 *
 * @example
 * ```tsx
 * <ProfileEditorFallback className="settings__editor" />
 * ```
 */
export interface ProfileEditorFallbackProps {
  className?: string
  style?: CSSProperties
}

/**
 * What `ProfileEditor` shows while my profile loads (same markup, text and `aria-busy`), for the
 * `<Suspense>` around a lazily loaded editor: the box stays the same from the moment the editor's
 * code is requested until the form appears. It lives in the root entry, so it costs the first
 * load a few hundred bytes and none of the editor's dependencies.
 *
 * @example
 * ```tsx
 * const ProfileEditor = lazy(() =>
 *   import('@profile-kit/ui/editor').then((module) => ({ default: module.ProfileEditor })),
 * )
 *
 * <Suspense fallback={<ProfileEditorFallback />}>
 *   <ProfileEditor />
 * </Suspense>
 * ```
 */
export function ProfileEditorFallback({ className, style }: ProfileEditorFallbackProps) {
  const t = useShownMessages()
  return (
    <div className={cx('pk-editor', className)} style={style} data-state="loading" aria-busy>
      <div className="pk-editor__message">
        <p className="pk-editor__message-text">{t('editor.loading')}</p>
      </div>
    </div>
  )
}
