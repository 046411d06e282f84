import { useEffect, useRef } from 'react'
import { useDisplayName } from '@profile-kit/core'
import { PresenceStatus, ProfileCard } from '@profile-kit/ui'
import { useDemoText } from '../i18n/useDemoText'
import { useDemoStore } from '../state/useDemoStore'
import { Icon } from './Icon'
import { trapTab } from './trapTab'

/**
 * A sender's ProfileCard in a modal `<dialog>`: focus moves in and Tab stays inside, Escape closes it,
 * and focus goes back to the avatar that opened it. Clicking the backdrop closes it too.
 *
 * @example
 * ```tsx
 * useDemoStore.getState().openProfile('maya.patel')
 * <ProfileDialog />
 * ```
 */
export function ProfileDialog() {
  const userID = useDemoStore((state) => state.openProfileID)
  const closeProfile = useDemoStore((state) => state.closeProfile)
  const dialog = useRef<HTMLDialogElement>(null)
  const opener = useRef<HTMLElement | null>(null)

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (userID && !element.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
      element.showModal()
    } else if (!userID && element.open) {
      element.close()
    }
  }, [userID])

  const onClose = () => {
    closeProfile()
    // The browser restores focus itself; this covers an opener that was re-rendered meanwhile.
    const target = opener.current
    opener.current = null
    if (target?.isConnected && document.activeElement !== target) target.focus()
  }

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-modal="true"
      aria-labelledby="profile-dialog-title"
      onClose={onClose}
      onKeyDown={trapTab}
      onClick={(event) => {
        if (event.target === event.currentTarget) event.currentTarget.close()
      }}
    >
      {userID ? <DialogContent userID={userID} onClose={() => dialog.current?.close()} /> : null}
    </dialog>
  )
}

function DialogContent({ userID, onClose }: { userID: string; onClose: () => void }) {
  const t = useDemoText()
  const name = useDisplayName(userID)
  return (
    <div className="dialog__content">
      <div className="dialog__header">
        <h2 className="dialog__title" id="profile-dialog-title">
          {t('dialog.label', { name })}
        </h2>
        <button type="button" className="icon-button" aria-label={t('dialog.close')} onClick={onClose}>
          <Icon name="close" />
        </button>
      </div>
      <PresenceStatus userID={userID} className="dialog__presence" />
      <ProfileCard
        userID={userID}
        className="dialog__card"
        fields={['gender', 'birthday', 'location', 'email', 'allowType', 'customFields']}
      />
    </div>
  )
}
