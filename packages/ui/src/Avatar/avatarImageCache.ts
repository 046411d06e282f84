/** What the page knows about an avatar URL. `unknown`: never requested (or forgotten). */
export type AvatarUrlStatus = 'unknown' | 'loading' | 'loaded' | 'failed'

/**
 * What the page learned about avatar URLs, shared by every `Avatar`: one request per URL however
 * many avatars show it, URLs that failed (so no avatar requests them again, however often it
 * re-renders) and URLs that loaded (so a new avatar shows the image at once instead of flashing
 * initials). Small LRU sets: the oldest entries go first, so a long-running chat stays bounded.
 */
const LIMIT = 500

const failed = new Set<string>()
const loaded = new Set<string>()
const loading = new Map<string, HTMLImageElement>()
const listeners = new Set<() => void>()

function remember(set: Set<string>, url: string): void {
  set.delete(url) // re-insert: most recently used goes last
  set.add(url)
  if (set.size > LIMIT) set.delete(set.values().next().value as string)
}

function notify(): void {
  for (const listener of listeners) listener()
}

function settle(url: string, outcome: 'loaded' | 'failed'): void {
  loading.delete(url)
  if (outcome === 'loaded') {
    failed.delete(url)
    remember(loaded, url)
  } else {
    loaded.delete(url)
    remember(failed, url)
  }
  notify()
}

export const avatarImageCache = {
  status(url: string): AvatarUrlStatus {
    if (failed.has(url)) return 'failed'
    if (loaded.has(url)) return 'loaded'
    return loading.has(url) ? 'loading' : 'unknown'
  },
  /** Starts loading `url` off-screen unless it is loading, loaded or known to fail. Browser only. */
  request(url: string): void {
    if (avatarImageCache.status(url) !== 'unknown') return
    const image = new Image()
    loading.set(url, image)
    image.onload = () => settle(url, 'loaded')
    image.onerror = () => settle(url, 'failed')
    image.src = url
    notify()
  },
  /** An `<img>` showing a loaded URL failed after all (the file changed or was evicted). */
  markFailed(url: string): void {
    if (!failed.has(url)) settle(url, 'failed')
  },
  /** Forgets one failed URL, or all of them; avatars showing them request them once more. */
  forget(url?: string): void {
    if (url === undefined) failed.clear()
    else if (!failed.delete(url)) return
    notify()
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
}
