import { isProfileError } from '@profile-kit/core/vanilla'
import { formatBytes } from '../internal/formatBytes'
import type { Translate } from '../messages/createTranslator'
import { AvatarImageError } from './avatarImageCheck'

/** What the picker says about a file it refused, or an upload or save that failed. */
export function avatarProblemText(
  error: unknown,
  t: Translate,
  file: { size: number } | undefined,
  maxInputBytes: number,
  failed: 'picker.uploadFailed' | 'picker.changeFailed',
): string {
  if (error instanceof AvatarImageError) {
    switch (error.problem) {
      case 'too_large': {
        const locale = t('locale')
        return t('picker.tooLarge', {
          size: formatBytes(file?.size ?? 0, locale),
          limit: formatBytes(maxInputBytes, locale),
        })
      }
      case 'unsupported_type':
        return error.detectedType
          ? t('picker.unsupportedFormat', { format: error.detectedType.replace('image/', '').toUpperCase() })
          : t('picker.notAnImage')
      case 'unreadable':
        return t('picker.unreadable')
    }
  }
  return t(failed, { reason: t(`error.${isProfileError(error) ? error.code : 'unknown'}`) })
}
