import { avatarImageCache } from './avatarImageCache'
import { safeImageUrl } from './safeImageUrl'

/**
 * Lets avatars try a URL again that failed to load earlier (for example after the user uploaded a
 * new image to the same address, or came back online). Without an argument every remembered
 * failure is forgotten. Avatars showing that URL retry once, right away.
 *
 * @example
 * ```ts
 * window.addEventListener('online', () => forgetFailedAvatar())
 * ```
 */
export function forgetFailedAvatar(url?: string): void {
  if (url === undefined) return avatarImageCache.forget()
  const safe = safeImageUrl(url)
  if (safe !== undefined) avatarImageCache.forget(safe)
}
