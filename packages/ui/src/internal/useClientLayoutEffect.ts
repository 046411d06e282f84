import { useEffect, useLayoutEffect } from 'react'

/**
 * `useLayoutEffect` in the browser, `useEffect` on a server. Neither runs on a server, but React 18
 * warns about every `useLayoutEffect` it meets while server rendering.
 */
export const useClientLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect
