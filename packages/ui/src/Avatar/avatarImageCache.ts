/**
 * What the page learned about avatar URLs, shared by every `Avatar`: URLs that failed (so no
 * instance requests them again, however often it re-renders) and URLs that loaded (so a new
 * instance shows the image at once instead of flashing initials). Small LRU sets: the oldest
 * entries are dropped first, so a long-running chat does not grow memory without bound.
 */
const LIMIT = 500

const failed = new Set<string>()
const loaded = new Set<string>()
const listeners = new Set<() => void>()

function remember(set: Set<string>, url: string): void {
  set.delete(url) // re-insert: most recently used goes last
  set.add(url)
  if (set.size > LIMIT) set.delete(set.values().next().value as string)
}

function notify(): void {
  for (const listener of listeners) listener()
}

export const avatarImageCache = {
  hasFailed: (url: string): boolean => failed.has(url),
  hasLoaded: (url: string): boolean => loaded.has(url),
  markFailed(url: string): void {
    if (failed.has(url)) return
    loaded.delete(url)
    remember(failed, url)
    notify()
  },
  markLoaded(url: string): void {
    remember(loaded, url)
  },
  /** Forgets one failed URL, or all of them; subscribed avatars then try again once. */
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
