import { createContext, useContext } from 'react'
import type { DemoBackend } from './createDemoBackend'

/** The demo backend for the components below `App`. */
export const BackendContext = createContext<DemoBackend | null>(null)

/**
 * The demo's backend: the conversations, my ID and the memory adapter's controls.
 *
 * @example
 * ```ts
 * const { conversations, myID } = useBackend()
 * ```
 */
export function useBackend(): DemoBackend {
  const backend = useContext(BackendContext)
  if (!backend) throw new Error('Demo components need <App backend={createDemoBackend()}> above them.')
  return backend
}
