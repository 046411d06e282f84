import { forwardRef, lazy, Suspense, useEffect, useId, useRef, useState, type CSSProperties } from 'react'
import {
  isUploadCancelled,
  useAvatarUpload,
  useMyProfile,
  useUpdateProfile,
  type Profile,
} from '@profile-kit/core'
import { Avatar } from '../Avatar/Avatar'
import { cx } from '../internal/cx'
import { formatBytes } from '../internal/formatBytes'
import type { MessageKey } from '../messages/en'
import { useMessages } from '../messages/useMessages'
import { AvatarLinkForm } from './AvatarLinkForm'
import { AvatarPresets } from './AvatarPresets'
import { avatarProblemText } from './avatarPickerText'
import { checkAvatarImage, READABLE_IMAGE_TYPES } from './avatarImageCheck'
import { avatarPickerState, uploadPercent } from './avatarPickerState'
import { prepareAvatarImage } from './prepareAvatarImage'
import { useAvatarDraft } from './useAvatarDraft'
import { useImageDrop } from './useImageDrop'

// The cropper (and react-easy-crop) download only when a person picks a photo.
const AvatarCropper = lazy(() => import('./AvatarCropper'))

/**
 * Props of {@link AvatarPicker}. A `ref` gets the picker's root `<div>`.
 *
 * @example
 * ```tsx
 * <AvatarPicker link={false} onChange={(profile) => toast('Photo updated')} />
 * ```
 */
export interface AvatarPickerProps {
  /** Called with my saved profile after my photo changed: uploaded, picked from presets, linked or removed. */
  onChange?: (profile: Profile) => void
  /** Offer "Use an image link instead" as a secondary way. Defaults to `true`. */
  link?: boolean
  /** On the root `<div>`, beside `pk-picker`. */
  className?: string
  /** On the root `<div>`. */
  style?: CSSProperties
}

type Notice = { tone: 'status' | 'alert'; text: string } | null

/**
 * Sets my profile photo: choose, drop or paste an image, crop and zoom it in a round frame (drag,
 * pinch, arrow keys, zoom slider), and upload it through the adapter's `uploadAvatar` with progress
 * and Cancel; or pick one of the adapter's preset avatars, use a link, or remove the photo. The
 * image is checked by content and size, cropped, resized and re-encoded (no EXIF or GPS data)
 * before it leaves the browser. A failed upload keeps the crop and says what failed. Each change
 * applies at once; it is not part of `ProfileEditor`'s Save. Needs a `ProfileProvider`.
 *
 * @example
 * ```tsx
 * <ProfileProvider adapter={adapter}>
 *   <AvatarPicker onChange={() => closeDialog()} />
 * </ProfileProvider>
 * ```
 */
export const AvatarPicker = /* @__PURE__ */ forwardRef<HTMLDivElement, AvatarPickerProps>(
  function AvatarPicker({ onChange, link = true, className, style }, ref) {
    const t = useMessages()
    const me = useMyProfile()
    const profile = me.data
    const photo = useAvatarUpload()
    const update = useUpdateProfile()
    const { draft, open, discard, change } = useAvatarDraft()
    const [preparing, setPreparing] = useState<AbortController | null>(null)
    const [notice, setNotice] = useState<Notice>(null)
    const titleId = useId()
    const hintId = useId()
    const fileInput = useRef<HTMLInputElement>(null)
    const chooseButton = useRef<HTMLButtonElement>(null)
    const cropSection = useRef<HTMLDivElement>(null)
    const rule = photo.imageRule
    const locale = t('locale')

    const working = preparing !== null || photo.status === 'uploading' || photo.status === 'saving'
    const state = avatarPickerState({
      profile: profile ? 'loaded' : me.isError ? 'failed' : 'loading',
      cropping: draft !== null,
      preparing: preparing !== null,
      upload: photo.status,
    })

    // A new photo opens the crop step: focus goes there so keyboard users land on the cropper.
    const draftUrl = draft?.url
    useEffect(() => {
      if (draftUrl) cropSection.current?.focus()
    }, [draftUrl])

    const problem = (error: unknown, failed: 'picker.uploadFailed' | 'picker.changeFailed', file?: Blob) =>
      setNotice({ tone: 'alert', text: avatarProblemText(error, t, file, rule.maxInputBytes, failed) })

    const pick = async (file: File | undefined) => {
      if (!file || !profile || !photo.canUpload || working) return
      setNotice(null)
      try {
        await checkAvatarImage(file, rule.maxInputBytes)
      } catch (error) {
        problem(error, 'picker.uploadFailed', file)
        return
      }
      photo.reset()
      open(file)
    }

    const confirm = async () => {
      if (!draft?.area || working) return
      const controller = new AbortController()
      setPreparing(controller)
      setNotice(null)
      let image: Blob
      try {
        image = await prepareAvatarImage(draft.file, draft.area, rule, { signal: controller.signal })
      } catch (error) {
        if (controller.signal.aborted) setNotice({ tone: 'status', text: t('picker.cancelled') })
        else problem(error, 'picker.uploadFailed', draft.file)
        return
      } finally {
        setPreparing(null)
      }
      try {
        const saved = await photo.upload(image)
        discard()
        setNotice({ tone: 'status', text: t('picker.updated') })
        onChange?.(saved)
      } catch (error) {
        // A failure shows from `photo.error`, with the crop kept for Try again.
        if (isUploadCancelled(error)) setNotice({ tone: 'status', text: t('picker.cancelled') })
      }
    }

    const cancelUpload = () => {
      preparing?.abort()
      photo.cancel()
    }

    const discardDraft = () => {
      discard()
      photo.reset()
      setNotice(null)
      // The crop step goes away: focus returns to where the person started.
      requestAnimationFrame(() => chooseButton.current?.focus())
    }

    const setAvatar = async (avatar: string, done: MessageKey) => {
      if (update.isPending || working) return
      setNotice(null)
      try {
        const saved = await update.mutateAsync({ avatar })
        setNotice({ tone: 'status', text: t(done) })
        onChange?.(saved)
      } catch (error) {
        problem(error, 'picker.changeFailed')
      }
    }

    const drop = useImageDrop(photo.canUpload, (file) => void pick(file))

    const percent = uploadPercent(photo)
    const statusText =
      state === 'preparing'
        ? t('picker.preparing')
        : state === 'uploading'
          ? percent === undefined
            ? t('picker.uploadingStarted')
            : // Announced in quarter steps: a screen reader is not read every percent.
              t('picker.uploading', { percent: Math.floor(percent / 25) * 25 })
          : state === 'saving'
            ? t('picker.saving')
            : notice?.tone === 'status'
              ? notice.text
              : ''
    const alertText =
      state === 'error'
        ? avatarProblemText(photo.error, t, draft?.file, rule.maxInputBytes, 'picker.uploadFailed')
        : notice?.tone === 'alert'
          ? notice.text
          : ''

    return (
      <div
        ref={ref}
        className={cx('pk-picker', className)}
        style={style}
        data-state={state}
        aria-busy={state === 'loading' || undefined}
        data-dragging={drop.dragging ? '' : undefined}
        role="group"
        aria-labelledby={titleId}
        {...drop.handlers}
      >
        <p className="pk-field__label pk-picker__title" id={titleId}>
          {t('field.avatar')}
        </p>
        {!profile ? (
          <p className="pk-picker__opening">{me.isError ? t('editor.loadFailed') : t('editor.loading')}</p>
        ) : draft ? (
          <div
            ref={cropSection}
            className="pk-picker__crop"
            role="group"
            aria-label={t('picker.cropTitle')}
            tabIndex={-1}
          >
            <Suspense fallback={<p className="pk-picker__opening">{t('picker.opening')}</p>}>
              <AvatarCropper
                image={draft.url}
                crop={draft.crop}
                zoom={draft.zoom}
                onCropChange={(crop) => change({ crop })}
                onZoomChange={(zoom) => change({ zoom })}
                onAreaChange={(area) => change({ area })}
                onImageError={() => {
                  discard()
                  setNotice({ tone: 'alert', text: t('picker.unreadable') })
                }}
              />
            </Suspense>
            {working ? (
              <progress
                className="pk-picker__progress"
                aria-label={t('picker.progress')}
                max={100}
                value={state === 'preparing' ? undefined : (percent ?? 0)}
              />
            ) : null}
            <div className="pk-picker__actions">
              {working ? (
                <button
                  type="button"
                  className="pk-button"
                  data-variant="secondary"
                  aria-disabled={state === 'saving' || undefined}
                  onClick={cancelUpload}
                >
                  {t('picker.cancelUpload')}
                </button>
              ) : (
                <>
                  <button
                    type="button"
                    className="pk-button"
                    data-variant="primary"
                    aria-disabled={!draft.area || undefined}
                    onClick={() => void confirm()}
                  >
                    {state === 'error' ? t('picker.retry') : t('picker.confirm')}
                  </button>
                  <button type="button" className="pk-button" data-variant="secondary" onClick={discardDraft}>
                    {t('picker.discard')}
                  </button>
                </>
              )}
            </div>
          </div>
        ) : (
          <div className="pk-picker__start">
            <div className="pk-picker__row">
              <Avatar
                profile={profile}
                size="lg"
                label={t('picker.current')}
                className="pk-picker__current"
              />
              <div className="pk-picker__actions">
                {photo.canUpload ? (
                  <>
                    <button
                      ref={chooseButton}
                      type="button"
                      className="pk-button"
                      data-variant="primary"
                      aria-describedby={hintId}
                      onClick={() => fileInput.current?.click()}
                    >
                      {t('picker.choose')}
                    </button>
                    <input
                      ref={fileInput}
                      className="pk-picker__file"
                      type="file"
                      accept={READABLE_IMAGE_TYPES.join(',')}
                      hidden
                      onChange={(event) => {
                        void pick(event.target.files?.[0])
                        event.target.value = '' // picking the same file again still opens it
                      }}
                    />
                  </>
                ) : null}
                <button
                  type="button"
                  className="pk-button"
                  data-variant="secondary"
                  aria-disabled={!profile.avatar || update.isPending || undefined}
                  onClick={() => profile.avatar && void setAvatar('', 'picker.removed')}
                >
                  {t('picker.remove')}
                </button>
              </div>
            </div>
            {photo.canUpload ? (
              <p className="pk-field__hint" id={hintId}>
                {t('picker.hint', { limit: formatBytes(rule.maxInputBytes, locale) })}
              </p>
            ) : null}
            {rule.presets.length > 0 ? (
              <AvatarPresets
                presets={rule.presets}
                current={profile.avatar}
                busy={update.isPending}
                onPick={(url) => void setAvatar(url, 'picker.updated')}
              />
            ) : null}
            {link ? (
              <AvatarLinkForm
                profile={profile}
                busy={update.isPending}
                onUse={(url) => void setAvatar(url, 'picker.updated')}
              />
            ) : null}
          </div>
        )}
        <p className="pk-picker__status" aria-live="polite">
          {statusText}
        </p>
        {alertText ? (
          <p className="pk-picker__alert" role="alert">
            {alertText}
          </p>
        ) : null}
      </div>
    )
  },
)
