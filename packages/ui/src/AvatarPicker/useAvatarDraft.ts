import { useCallback, useEffect, useRef, useState } from 'react'
import type { CropArea } from './renderAvatarImage'

/** A picked photo being cropped: the file, its object URL for the cropper, and where the crop is. */
export interface AvatarDraft {
  file: File
  url: string
  crop: { x: number; y: number }
  zoom: number
  /** The chosen square in the upright image's pixels; `null` until the cropper has measured it. */
  area: CropArea | null
}

/**
 * The photo a person is cropping, kept until it is uploaded or discarded, so a failed upload keeps
 * their crop. Owns the object URL: revoked when the draft goes or the picker unmounts.
 */
export function useAvatarDraft() {
  const [draft, setDraft] = useState<AvatarDraft | null>(null)
  const url = useRef<string | null>(null)

  const release = () => {
    if (url.current) URL.revokeObjectURL(url.current)
    url.current = null
  }
  useEffect(() => release, [])

  const open = useCallback((file: File) => {
    release()
    url.current = URL.createObjectURL(file)
    setDraft({ file, url: url.current, crop: { x: 0, y: 0 }, zoom: 1, area: null })
  }, [])
  const discard = useCallback(() => {
    release()
    setDraft(null)
  }, [])
  const change = useCallback((patch: Partial<Pick<AvatarDraft, 'crop' | 'zoom' | 'area'>>) => {
    setDraft((current) => (current ? { ...current, ...patch } : current))
  }, [])

  return { draft, open, discard, change }
}
