import { afterEach, beforeEach, vi } from 'vitest'

/**
 * Replaces `Image` for every test of the calling file with one that records each URL the page asks
 * the browser to load (and reports it loaded). Returns the list, emptied before each test.
 */
export function recordImageRequests(): readonly string[] {
  const requested: string[] = []
  class RecordingImage {
    onload: (() => void) | null = null
    onerror: (() => void) | null = null
    set src(url: string) {
      requested.push(url)
      queueMicrotask(() => this.onload?.())
    }
  }
  beforeEach(() => {
    requested.length = 0
    vi.stubGlobal('Image', RecordingImage)
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })
  return requested
}
