/**
 * The crop and zoom step, on react-easy-crop. Loaded lazily (`React.lazy` in `AvatarPicker`), so
 * the cropper reaches an app only when a person picks a photo.
 *
 * Why react-easy-crop (compared 2026-12, npm): react-easy-crop 6.2 (~6 kB gzip with its one
 * dependency, `normalize-wheel`; released 2026-11; drag, pinch-zoom and wheel on the image; a
 * focusable crop area moved by the arrow keys; a round crop shape; no opinion on zoom controls, so a
 * labelled range input can drive it). react-image-crop 11 (~5 kB, keyboard-accessible selection
 * handles) draws a selection over a fixed image: no zoom or pinch, the wrong model for a round
 * avatar. react-advanced-cropper 0.20 (on advanced-cropper 0.17, ~25 kB+, still 0.x) does much more
 * than an avatar needs. Gesture handling is theirs; the zoom slider, labels and hint are ours.
 */
import { useId } from 'react'
import Cropper, { type Area, type Point } from 'react-easy-crop'
import { useMessages } from '../messages/useMessages'

export interface AvatarCropperProps {
  /** An object URL of the picked file. */
  image: string
  crop: Point
  zoom: number
  onCropChange(crop: Point): void
  onZoomChange(zoom: number): void
  /** The chosen square in the upright image's pixels, whenever the user settles. */
  onAreaChange(area: Area): void
  /** The browser could not show the image. */
  onImageError(): void
}

export const MAX_ZOOM = 4

const CROPPER_CLASSES = {
  containerClassName: 'pk-cropper__stage',
  cropAreaClassName: 'pk-cropper__area',
}

/** react-easy-crop with a round frame, a zoom slider and the hint that says how to move the photo. */
export default function AvatarCropper(props: AvatarCropperProps) {
  const { zoom, onZoomChange, onAreaChange } = props
  const t = useMessages()
  const hintId = useId()
  const zoomId = useId()
  return (
    <div className="pk-cropper">
      {/* The stage needs a box: react-easy-crop fills its positioned parent. */}
      <div
        className="pk-cropper__frame"
        style={{ position: 'relative', height: 'var(--pk-cropper-height, 240px)' }}
      >
        <Cropper
          image={props.image}
          crop={props.crop}
          zoom={zoom}
          maxZoom={MAX_ZOOM}
          aspect={1}
          cropShape="round"
          showGrid={false}
          // 10 px per arrow press (Shift: 2 px); the library's 1 px makes keyboard users press dozens of times.
          keyboardStep={10}
          onCropChange={props.onCropChange}
          onZoomChange={onZoomChange}
          onCropComplete={(_, pixels) => onAreaChange(pixels)}
          mediaProps={{ onError: props.onImageError }}
          cropperProps={{
            role: 'group',
            'aria-label': t('picker.cropArea'),
            'aria-describedby': hintId,
          }}
          classes={CROPPER_CLASSES}
        />
      </div>
      <p className="pk-field__hint" id={hintId}>
        {t('picker.cropHint')}
      </p>
      <div className="pk-cropper__zoom">
        <label className="pk-field__label" htmlFor={zoomId}>
          {t('picker.zoom')}
        </label>
        <input
          id={zoomId}
          className="pk-cropper__slider"
          type="range"
          min={1}
          max={MAX_ZOOM}
          step={0.05}
          value={zoom}
          aria-valuetext={`${Math.round(zoom * 100)}%`}
          onChange={(event) => onZoomChange(Number(event.target.value))}
        />
      </div>
    </div>
  )
}
