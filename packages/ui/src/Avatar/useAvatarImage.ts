import { useEffect, useState, useSyncExternalStore } from 'react'
import { avatarImageCache } from './avatarImageCache'

/** `none`: no usable URL; `pending`: loading in the background; `loaded`: show it; `failed`: fall back. */
export type AvatarImageStatus = 'none' | 'pending' | 'loaded' | 'failed'

const serverSnapshot = () => false

/**
 * Loads `src` off-screen and reports when it can be shown, so the fallback stays until the image
 * is really there. A failure is recorded in the shared cache: every avatar with that URL falls
 * back without a request of its own, and none retries until `forgetFailedAvatar` is called.
 */
export function useAvatarImage(src: string | undefined): AvatarImageStatus {
  const failed = useSyncExternalStore(
    avatarImageCache.subscribe,
    () => src !== undefined && avatarImageCache.hasFailed(src),
    serverSnapshot,
  )
  const [loadedSrc, setLoadedSrc] = useState(() =>
    src !== undefined && avatarImageCache.hasLoaded(src) ? src : undefined,
  )
  const loaded = src !== undefined && (loadedSrc === src || avatarImageCache.hasLoaded(src))

  useEffect(() => {
    if (src === undefined || failed || loaded) return
    let active = true
    const image = new Image()
    image.onload = () => {
      avatarImageCache.markLoaded(src)
      if (active) setLoadedSrc(src)
    }
    image.onerror = () => avatarImageCache.markFailed(src)
    image.src = src
    return () => {
      active = false
    }
  }, [src, failed, loaded])

  if (src === undefined) return 'none'
  if (failed) return 'failed'
  return loaded ? 'loaded' : 'pending'
}
