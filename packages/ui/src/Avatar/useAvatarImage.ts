import { useEffect, useSyncExternalStore } from 'react'
import { avatarImageCache, type AvatarUrlStatus } from './avatarImageCache'

const serverSnapshot = (): AvatarUrlStatus => 'unknown'

/**
 * The loading state of `src` in the page-wide avatar cache, requesting it when nobody has yet.
 * The fallback stays until the image has really loaded; a failure is shared by every avatar with
 * that URL and not retried until `forgetFailedAvatar` is called. `none` when there is no URL.
 */
export function useAvatarImage(src: string | undefined): AvatarUrlStatus | 'none' {
  const status = useSyncExternalStore(
    avatarImageCache.subscribe,
    () => (src === undefined ? 'unknown' : avatarImageCache.status(src)),
    serverSnapshot,
  )
  useEffect(() => {
    if (src !== undefined && status === 'unknown') avatarImageCache.request(src)
  }, [src, status])
  return src === undefined ? 'none' : status
}
