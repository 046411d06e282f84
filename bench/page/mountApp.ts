import type { ReactElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'

/** A React root on a fresh container in the page. */
export interface MountedApp {
  container: HTMLElement
  root: Root
  /** Unmounts and removes the container. */
  dispose(): void
}

/**
 * Creates a fresh container and root; renders `element` into it unless told not to (callers
 * that time the render call `root.render` themselves).
 */
export function mountApp(element?: ReactElement): MountedApp {
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  if (element) root.render(element)
  return {
    container,
    root,
    dispose() {
      root.unmount()
      container.remove()
    },
  }
}
