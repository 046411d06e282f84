import { useState, type ClipboardEvent, type DragEvent } from 'react'

/** The first file in a drop or paste, if any: what the picker crops. */
function imageFromTransfer(data: DataTransfer | null): File | undefined {
  if (!data) return undefined
  const [file] = data.files
  if (file) return file
  for (const item of data.items) {
    const fromItem = item.kind === 'file' ? item.getAsFile() : null
    if (fromItem) return fromItem
  }
  return undefined
}

/**
 * Handlers that let an element take an image dropped on it or pasted while focus is inside it,
 * and whether files are being dragged over it (for `data-dragging`). Text pastes as usual.
 */
export function useImageDrop(enabled: boolean, take: (file: File | undefined) => void) {
  const [dragging, setDragging] = useState(false)
  const handlers = {
    onDragOver: (event: DragEvent<HTMLElement>) => {
      if (!enabled || ![...event.dataTransfer.types].includes('Files')) return
      event.preventDefault()
      setDragging(true)
    },
    onDragLeave: (event: DragEvent<HTMLElement>) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false)
    },
    onDrop: (event: DragEvent<HTMLElement>) => {
      if (!enabled) return
      event.preventDefault()
      setDragging(false)
      take(imageFromTransfer(event.dataTransfer))
    },
    onPaste: (event: ClipboardEvent<HTMLElement>) => {
      const file = enabled ? imageFromTransfer(event.clipboardData) : undefined
      if (!file) return
      event.preventDefault()
      take(file)
    },
  }
  return { dragging, handlers }
}
