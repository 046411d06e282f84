import { useMessages } from '../messages/useMessages'
import { Avatar } from '../Avatar/Avatar'
import { VisuallyHidden } from '../internal/VisuallyHidden'

export interface AvatarPresetsProps {
  presets: readonly string[]
  /** My avatar now: its preset shows as pressed. */
  current: string
  busy: boolean
  onPick(url: string): void
}

/** Ready-made avatars from the adapter's `avatarImage.presets`, as toggle buttons. */
export function AvatarPresets({ presets, current, busy, onPick }: AvatarPresetsProps) {
  const t = useMessages()
  return (
    <fieldset className="pk-picker__presets">
      <legend className="pk-field__label">{t('picker.presets')}</legend>
      <ul className="pk-picker__preset-list">
        {presets.map((url, index) => {
          const label = t('picker.preset', { number: index + 1 })
          return (
            <li key={url}>
              <button
                type="button"
                className="pk-picker__preset"
                aria-pressed={url === current}
                aria-disabled={busy || undefined}
                onClick={() => busy || url === current || onPick(url)}
              >
                {/* Named by hidden text, not aria-label: initials that show while it loads are not its name. */}
                <Avatar src={url} size="md" decorative />
                <VisuallyHidden>{label}</VisuallyHidden>
              </button>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}
