import { useWatch, type Control, type FieldValues } from 'react-hook-form'
import { Avatar } from '../Avatar/Avatar'
import { useDebouncedValue } from '../internal/useDebouncedValue'
import { useMessages } from '../messages/useMessages'

export interface AvatarPreviewProps {
  control: Control<FieldValues>
  userID: string
  /** `true` when the form has a nickname field to take initials from. */
  hasNick: boolean
}

/**
 * The live preview beside the Avatar URL field. It watches the URL (settled for a moment, so
 * half-typed addresses are not requested) and the nickname for the initials; only it re-renders.
 */
export function AvatarPreview({ control, userID, hasNick }: AvatarPreviewProps) {
  const t = useMessages()
  const [avatar, nick] = useWatch({ control, name: ['avatar', hasNick ? 'nick' : 'avatar'] }) as [
    unknown,
    unknown,
  ]
  const src = useDebouncedValue(typeof avatar === 'string' ? avatar : '', 400)
  return (
    <Avatar
      className="pk-editor__preview"
      src={src}
      name={hasNick && typeof nick === 'string' && nick.trim() ? nick : userID}
      userID={userID}
      size="md"
      label={t('editor.avatarPreview')}
    />
  )
}
